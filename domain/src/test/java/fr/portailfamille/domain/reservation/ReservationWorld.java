package fr.portailfamille.domain.reservation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;

import fr.portailfamille.api.catalogue.CatalogueMessages;
import fr.portailfamille.api.catalogue.DefineUnit;
import fr.portailfamille.api.catalogue.UnitDefined;
import fr.portailfamille.api.enrolment.EnrolmentEnded;
import fr.portailfamille.api.enrolment.EnrolmentId;
import fr.portailfamille.api.enrolment.EnrolmentRequested;
import fr.portailfamille.api.enrolment.EnrolmentValidated;
import fr.portailfamille.api.reservation.SlotId;
import fr.portailfamille.domain.calendar.DeadlinePolicy;
import fr.portailfamille.domain.catalogue.CatalogueLookup;
import fr.portailfamille.domain.catalogue.DemoCommune;
import fr.portailfamille.domain.enrolment.EnrolmentLookup;

/**
 * The demo commune in an in-memory event store, with the lookups a slot needs, enrolments of test children and the
 * shared test clock: Tuesday 2026-12-01, 08:00 in Paris (before the 09:30 cut-off).
 */
final class ReservationWorld implements AutoCloseable {
    static final Instant NOW = Instant.parse("2026-12-01T07:00:00Z");
    static final String FAMILY = "family-test";

    final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    final CatalogueLookup catalogue = new CatalogueLookup(store);
    final EnrolmentLookup enrolments = new EnrolmentLookup(store, catalogue);
    final Clock clock = Clock.fixed(NOW, DeadlinePolicy.PARIS);
    private final Map<String, Long> sequences = new HashMap<>();

    ReservationWorld() {
        DemoCommune.catalogueEvents().forEach(event -> publish("Catalogue", event.catalogueId(), event));
        DemoCommune.calendarEvents().forEach(event -> publish("SchoolCalendar", event.calendarId(), event));
    }

    /** A validated enrolment of the child in the period. */
    ReservationWorld enrol(String childId, String periodId) {
        String enrolmentId = EnrolmentId.of(childId, periodId).value();
        String activityId = catalogue.catalogue().period(periodId).orElseThrow().activityId();
        publish("Enrolment", enrolmentId, new EnrolmentRequested(enrolmentId, childId, FAMILY, activityId, periodId,
                NOW));
        publish("Enrolment", enrolmentId, new EnrolmentValidated(enrolmentId, childId, activityId, periodId));
        return this;
    }

    ReservationWorld endEnrolment(String childId, String periodId, LocalDate from) {
        String enrolmentId = EnrolmentId.of(childId, periodId).value();
        String activityId = catalogue.catalogue().period(periodId).orElseThrow().activityId();
        publish("Enrolment", enrolmentId, new EnrolmentEnded(enrolmentId, childId, activityId, periodId, from));
        return this;
    }

    /** The demo unit redefined with another capacity (null: no limit). */
    ReservationWorld withCapacity(String unitId, Integer capacity) {
        DefineUnit unit = DemoCommune.catalogueCommands().stream()
                .filter(command -> command instanceof DefineUnit define && define.unitId().equals(unitId))
                .map(DefineUnit.class::cast).reduce((first, last) -> last).orElseThrow();
        publish("Catalogue", CatalogueMessages.CATALOGUE_ID, new UnitDefined(unit.catalogueId(), unit.activityId(),
                unitId, unit.label(), unit.opening(), capacity, unit.requiresAnyOf(), unit.excludes(), unit.tariff()));
        return this;
    }

    /** A fixture of the slot aggregate with this world's lookups and clock. */
    AggregateTestFixture<ReservationSlot> fixture() {
        AggregateTestFixture<ReservationSlot> fixture = new AggregateTestFixture<>(ReservationSlot.class);
        fixture.registerInjectableResource(catalogue);
        fixture.registerInjectableResource(enrolments);
        fixture.registerInjectableResource(clock);
        return fixture;
    }

    SlotDay day(String activityId, LocalDate date) {
        return SlotDay.of(SlotId.of(activityId, date).value(), activityId, date, catalogue);
    }

    private void publish(String type, String aggregateId, Object payload) {
        long sequence = sequences.merge(aggregateId, 0L, (old, ignored) -> old + 1);
        store.publish(List.of(new GenericDomainEventMessage<>(type, aggregateId, sequence, payload)));
    }

    @Override
    public void close() {
        store.shutDown();
    }
}
