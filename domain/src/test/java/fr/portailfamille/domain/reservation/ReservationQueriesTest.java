package fr.portailfamille.domain.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.portailfamille.api.reservation.CellState;
import fr.portailfamille.api.reservation.ChildMonthReservations;
import fr.portailfamille.api.reservation.FindChildMonthReservationsAsOf;
import fr.portailfamille.api.reservation.FindChildReservablePeriods;
import fr.portailfamille.api.reservation.FindReservationCalendar;
import fr.portailfamille.api.reservation.ReservablePeriod;
import fr.portailfamille.api.reservation.ReservationCalendar;
import fr.portailfamille.api.reservation.ReservedCell;
import fr.portailfamille.api.reservation.SlotEvent;
import fr.portailfamille.domain.catalogue.DemoCommune;

class ReservationQueriesTest {
    private static final String A = "child-a";
    private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

    private final ReservationWorld world = new ReservationWorld().enrol(A, DemoCommune.APS_PERIOD)
            .enrol(A, DemoCommune.RS_PERIOD);
    private final ReservationCalendarQueries calendars = new ReservationCalendarQueries(world.catalogue,
            world.enrolments);
    private final SlotHistoryQueries history = new SlotHistoryQueries(world.store);

    @AfterEach
    void tearDown() {
        world.close();
    }

    private ReservationCalendar.Day day(ReservationCalendar calendar, int dayOfMonth) {
        return calendar.days().get(dayOfMonth - 1);
    }

    @Test
    void givenAnEnrolledChild_whenAskingDecember_thenEveryDayWithItsOpenUnitsDeadlineAndEnrolment() {
        ReservationCalendar calendar = calendars.handle(new FindReservationCalendar(A, DemoCommune.APS, DEC_1,
                DEC_31)).orElseThrow();

        assertThat(calendar.days()).hasSize(31);
        assertThat(calendar.units()).extracting(ReservationCalendar.Unit::unitId)
                .containsExactly("APS_MATIN", "APS_PTDEJ", "APS_SOIR", "APS_GOUTER");
        assertThat(day(calendar, 3).openUnitIds()).containsExactly("APS_MATIN", "APS_PTDEJ", "APS_SOIR",
                "APS_GOUTER");
        assertThat(day(calendar, 3).deadline()).isEqualTo(Instant.parse("2026-12-02T08:30:00Z"));
        assertThat(day(calendar, 3).enrolled()).isTrue();
        assertThat(day(calendar, 2).openUnitIds()).as("no APS on Wednesdays").isEmpty();
        assertThat(day(calendar, 21).openUnitIds()).as("Christmas holidays").isEmpty();
    }

    @Test
    void givenAChildWithoutEnrolment_whenAskingTheCalendar_thenNoDayIsCovered() {
        ReservationCalendar calendar = calendars.handle(new FindReservationCalendar("child-z", DemoCommune.MERC,
                DEC_1, DEC_31)).orElseThrow();
        assertThat(calendar.days()).noneMatch(ReservationCalendar.Day::enrolled);
    }

    @Test
    void givenAnUnknownActivityOrATooLongRange_whenAskingTheCalendar_thenEmptyOrMalformed() {
        assertThat(calendars.handle(new FindReservationCalendar(A, "TAP", DEC_1, DEC_31))).isEmpty();
        assertThatThrownBy(() -> calendars.handle(new FindReservationCalendar(A, DemoCommune.APS, DEC_1,
                DEC_1.plusDays(ReservationCalendarQueries.MAX_DAYS)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendars.handle(new FindReservationCalendar(A, DemoCommune.APS, DEC_31, DEC_1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenValidatedAndEndedEnrolments_whenAskingTheReservablePeriods_thenEndedOnesStopBeforeTheirEnd() {
        world.endEnrolment(A, DemoCommune.RS_PERIOD, LocalDate.of(2027, 2, 1));

        List<ReservablePeriod> periods = calendars.handle(new FindChildReservablePeriods(A));

        assertThat(periods).extracting(ReservablePeriod::periodId, ReservablePeriod::from, ReservablePeriod::to)
                .containsExactly(
                        tuple(DemoCommune.APS_PERIOD, LocalDate.of(2026, 9, 1),
                                LocalDate.of(2027, 7, 2)),
                        tuple(DemoCommune.RS_PERIOD, LocalDate.of(2026, 9, 1),
                                LocalDate.of(2027, 1, 31)));
    }

    @Test
    void givenASlotHistory_whenAskingTheMonthAsOfAPastInstant_thenTheCellsAsTheyStoodThen() {
        SlotEvents thursday = SlotEvents.on(DemoCommune.APS, LocalDate.of(2026, 12, 3));
        Instant monday = Instant.parse("2026-11-30T10:00:00Z");
        store(thursday.slotId(), 0, thursday.requested(A, "APS_MATIN"), monday);
        store(thursday.slotId(), 1, thursday.validated(A, "APS_MATIN", false), monday.plusSeconds(3600));
        store(thursday.slotId(), 2, thursday.cancellationRequested(A, "APS_MATIN"), monday.plusSeconds(7200));
        store(thursday.slotId(), 3, thursday.requested("child-b", "APS_SOIR"), monday.plusSeconds(7200));

        assertThat(cellsAsOf(monday.minusSeconds(1))).isEmpty();
        assertThat(cellsAsOf(monday)).containsExactly(cell(thursday, CellState.REQUESTED));
        assertThat(cellsAsOf(monday.plusSeconds(5000))).containsExactly(cell(thursday, CellState.VALIDATED));
        assertThat(cellsAsOf(Instant.parse("2026-12-01T00:00:00Z")))
                .containsExactly(cell(thursday, CellState.CANCELLATION_REQUESTED));
    }

    private List<ReservedCell> cellsAsOf(Instant asOf) {
        ChildMonthReservations month = history.handle(new FindChildMonthReservationsAsOf(A, DemoCommune.APS,
                YearMonth.of(2026, 12), asOf));
        return month.cells();
    }

    private static ReservedCell cell(SlotEvents slot, CellState state) {
        return new ReservedCell(slot.date(), "APS_MATIN", state, null);
    }

    private void store(String slotId, long sequence, SlotEvent event, Instant at) {
        world.store.publish(List.of(new GenericDomainEventMessage<>("ReservationSlot", slotId, sequence, event,
                MetaData.emptyInstance(), UUID.randomUUID().toString(), at)));
    }
}
