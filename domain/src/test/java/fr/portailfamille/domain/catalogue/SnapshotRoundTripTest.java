package fr.portailfamille.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import fr.portailfamille.api.calendar.ClosureDayDeclared;
import fr.portailfamille.api.calendar.CalendarEvent;
import fr.portailfamille.domain.calendar.DemoCalendar;
import fr.portailfamille.domain.calendar.SchoolCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

class SnapshotRoundTripTest {
    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule()))
            .build();

    @Test
    void givenDemoCatalogue_whenSnapshotRoundTrip_thenSameState() {
        Catalogue catalogue = new Catalogue();
        DemoCommune.catalogueEvents().forEach(catalogue::on);

        SerializedObject<byte[]> snapshot = serializer.serialize(catalogue, byte[].class);
        Catalogue restored = serializer.deserialize(snapshot);

        assertThat(restored.getCatalogueId()).isEqualTo("catalogue");
        assertThat(restored.getView()).isEqualTo(catalogue.getView()).isEqualTo(DemoCommune.catalogueView());
        assertThat(restored.getView().activities().keySet()).containsExactly("APS", "RS", "MERC", "ALSH");
    }

    @Test
    void givenDemoCalendarWithClosureDay_whenSnapshotRoundTrip_thenSameState() {
        List<CalendarEvent> events = new ArrayList<>(DemoCommune.calendarEvents());
        events.add(new ClosureDayDeclared("calendar", LocalDate.of(2026, 11, 12), "Pont"));
        SchoolCalendar calendar = DemoCalendar.aggregate(events);

        SerializedObject<String> snapshot = serializer.serialize(calendar, String.class);
        SchoolCalendar restored = serializer.deserialize(snapshot);

        assertThat(restored.getCalendarId()).isEqualTo("calendar");
        assertThat(restored.getView()).isEqualTo(calendar.getView());
        assertThat(restored.getView().isClosureDay(LocalDate.of(2026, 11, 12))).isTrue();
        assertThat(restored.getView().publicHolidays().keySet()).first().isEqualTo(LocalDate.of(2026, 11, 11));
    }

    @Test
    void givenEmptyAggregates_whenSnapshotRoundTrip_thenEmptyViews() {
        Catalogue catalogue = serializer.deserialize(serializer.serialize(new Catalogue(), String.class));
        SchoolCalendar calendar = serializer.deserialize(serializer.serialize(new SchoolCalendar(), String.class));
        assertThat(catalogue.getView()).isEqualTo(CatalogueView.EMPTY);
        assertThat(calendar.getView()).isEqualTo(fr.portailfamille.domain.calendar.CalendarView.EMPTY);
    }
}
