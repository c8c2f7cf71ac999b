package fr.portailfamille.domain.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.portailfamille.api.enrolment.EnrolmentEnded;
import fr.portailfamille.api.enrolment.EnrolmentId;
import fr.portailfamille.api.enrolment.EnrolmentRejected;
import fr.portailfamille.api.enrolment.EnrolmentRequested;
import fr.portailfamille.api.enrolment.EnrolmentValidated;
import fr.portailfamille.domain.catalogue.CatalogueLookup;
import fr.portailfamille.domain.catalogue.DemoCommune;

class EnrolmentLookupTest {
    private static final String CHILD = "child-lookup";
    private static final String ENROLMENT = EnrolmentId.of(CHILD, DemoCommune.APS_PERIOD).value();
    private static final LocalDate IN_PERIOD = LocalDate.of(2026, 12, 3);

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final EnrolmentLookup lookup = new EnrolmentLookup(store, new CatalogueLookup(store));
    private final Map<String, Long> sequences = new HashMap<>();

    EnrolmentLookupTest() {
        DemoCommune.catalogueEvents().forEach(event -> publish(event.catalogueId(), event));
    }

    @AfterEach
    void tearDown() {
        store.shutDown();
    }

    private void publish(String aggregateId, Object payload) {
        long sequence = sequences.merge(aggregateId, 0L, (old, ignored) -> old + 1);
        store.publish(List.of(new GenericDomainEventMessage<>("Test", aggregateId, sequence, payload)));
    }

    private void requested() {
        publish(ENROLMENT, new EnrolmentRequested(ENROLMENT, CHILD, "family-x", DemoCommune.APS,
                DemoCommune.APS_PERIOD, Instant.parse("2026-11-01T10:00:00Z")));
    }

    @Test
    void givenNoEnrolment_whenAsked_thenNotCovered() {
        assertThat(lookup.covers(CHILD, DemoCommune.APS, IN_PERIOD)).isFalse();
        assertThat(lookup.standing(CHILD, DemoCommune.APS_PERIOD)).isEqualTo(EnrolmentStanding.NONE);
    }

    @Test
    void givenAPendingThenValidatedEnrolment_whenAsked_thenCoveredOnlyOnceValidatedAndInsideItsPeriod() {
        requested();
        assertThat(lookup.covers(CHILD, DemoCommune.APS, IN_PERIOD)).isFalse();
        publish(ENROLMENT, new EnrolmentValidated(ENROLMENT, CHILD, DemoCommune.APS, DemoCommune.APS_PERIOD));
        assertThat(lookup.covers(CHILD, DemoCommune.APS, IN_PERIOD)).isTrue();
        assertThat(lookup.covers(CHILD, DemoCommune.APS, LocalDate.of(2027, 7, 5))).as("after the period").isFalse();
        assertThat(lookup.covers(CHILD, DemoCommune.RS, IN_PERIOD)).as("another activity").isFalse();
    }

    @Test
    void givenAnEndedEnrolment_whenAsked_thenCoveredBeforeItsEndOnly() {
        requested();
        publish(ENROLMENT, new EnrolmentValidated(ENROLMENT, CHILD, DemoCommune.APS, DemoCommune.APS_PERIOD));
        assertThat(lookup.covers(CHILD, DemoCommune.APS, IN_PERIOD)).isTrue();
        publish(ENROLMENT, new EnrolmentEnded(ENROLMENT, CHILD, DemoCommune.APS, DemoCommune.APS_PERIOD, IN_PERIOD));
        assertThat(lookup.covers(CHILD, DemoCommune.APS, IN_PERIOD.minusDays(1))).isTrue();
        assertThat(lookup.covers(CHILD, DemoCommune.APS, IN_PERIOD)).isFalse();
    }

    @Test
    void givenARejectedEnrolment_whenAsked_thenNotCovered() {
        requested();
        publish(ENROLMENT, new EnrolmentRejected(ENROLMENT, CHILD, DemoCommune.APS, DemoCommune.APS_PERIOD, "non"));
        assertThat(lookup.covers(CHILD, DemoCommune.APS, IN_PERIOD)).isFalse();
    }
}
