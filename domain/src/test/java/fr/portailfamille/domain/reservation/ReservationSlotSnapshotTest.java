package fr.portailfamille.domain.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import fr.portailfamille.api.reservation.AttendanceStatus;
import fr.portailfamille.api.reservation.CellState;
import fr.portailfamille.api.reservation.SlotEvent;
import fr.portailfamille.domain.catalogue.DemoCommune;

/** The slot is snapshotted: its state must survive Jackson as the snapshotter stores it. */
class ReservationSlotSnapshotTest {
    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule()))
            .build();
    private final SlotEvents merc = SlotEvents.on(DemoCommune.MERC, LocalDate.of(2026, 12, 2));

    @Test
    void givenCellsOfEveryKindAndAWaitlist_whenSnapshotRoundTrip_thenSameState() {
        ReservationSlot slot = new ReservationSlot();
        List<SlotEvent> history = List.of(merc.requested("child-a", "MERC_MIDI"),
                merc.validated("child-a", "MERC_MIDI", false), merc.waitlisted("child-b", "MERC_MIDI", 1),
                merc.waitlisted("child-c", "MERC_MIDI", 2), merc.requested("child-d", "MERC_APM"),
                merc.cancellationRequested("child-a", "MERC_MIDI"), merc.overridden("child-e", "MERC_APM"),
                merc.attended("child-e", "MERC_APM", AttendanceStatus.PRESENT, false),
                merc.attended("child-f", "MERC_GARD", AttendanceStatus.ABSENT_JUSTIFIED, true));
        history.forEach(slot::on);

        SerializedObject<String> snapshot = serializer.serialize(slot, String.class);
        ReservationSlot restored = serializer.deserialize(snapshot);

        assertThat(restored.getSlotId()).isEqualTo(merc.slotId());
        assertThat(restored.getState()).isEqualTo(slot.getState());
        assertThat(restored.getState().unit("MERC_MIDI").waitlist()).containsExactly("child-b", "child-c");
        assertThat(restored.getState().unit("MERC_APM").unbookedPresences()).containsExactly("child-e");
        assertThat(restored.getState().cell("child-a", "MERC_MIDI")).isEqualTo(CellState.CANCELLATION_REQUESTED);
        assertThat(restored.getState().date()).isEqualTo(merc.date());
    }

    @Test
    void givenMoreChildrenThanChangesKeptApart_whenSnapshotRoundTrip_thenSameCellsAndPlacesTaken() {
        ReservationSlot slot = new ReservationSlot();
        for (int child = 0; child < 3 * UnitCells.MOST_RECENT; child++) {
            slot.on(merc.validated("child-" + child, "MERC_MIDI", true));
        }
        for (int child = 0; child < UnitCells.MOST_RECENT / 2; child++) {
            slot.on(merc.cancelled("child-" + child, "MERC_MIDI", "PARENT"));
        }

        ReservationSlot restored = serializer.deserialize(serializer.serialize(slot, String.class));

        assertThat(restored.getState()).isEqualTo(slot.getState());
        assertThat(restored.getState().unit("MERC_MIDI").placesTaken())
                .isEqualTo(3 * UnitCells.MOST_RECENT - UnitCells.MOST_RECENT / 2);
        assertThat(restored.getState().cell("child-0", "MERC_MIDI")).isEqualTo(CellState.FREE);
        assertThat(restored.getState().cell("child-100", "MERC_MIDI")).isEqualTo(CellState.VALIDATED);
    }

    @Test
    void givenANewSlot_whenSnapshotRoundTrip_thenEmptyState() {
        ReservationSlot restored = serializer.deserialize(serializer.serialize(new ReservationSlot(), String.class));
        assertThat(restored.getState()).isEqualTo(SlotState.EMPTY);
    }
}
