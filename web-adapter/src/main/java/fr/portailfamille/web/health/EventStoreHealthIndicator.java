package fr.portailfamille.web.health;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import fr.portailfamille.api.catalogue.CatalogueMessages;

/** The event store answers a read, whatever engine is behind it (JDBC or Axon Server). */
@Component("eventStore")
public class EventStoreHealthIndicator extends AbstractHealthIndicator {
    private final EventStore eventStore;

    public EventStoreHealthIndicator(@Qualifier("eventStore") EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        long catalogueEvents = eventStore.lastSequenceNumberFor(CatalogueMessages.CATALOGUE_ID).map(n -> n + 1)
                .orElse(0L);
        builder.up().withDetail("catalogueEvents", catalogueEvents);
    }
}
