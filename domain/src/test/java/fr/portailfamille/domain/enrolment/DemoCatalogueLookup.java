package fr.portailfamille.domain.enrolment;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

import fr.portailfamille.api.catalogue.CatalogueEvent;
import fr.portailfamille.api.catalogue.CatalogueMessages;
import fr.portailfamille.domain.catalogue.CatalogueLookup;
import fr.portailfamille.domain.catalogue.DemoCommune;

/** A {@link CatalogueLookup} over an in-memory event store that holds the demo commune's catalogue. */
final class DemoCatalogueLookup {
    private DemoCatalogueLookup() {
    }

    static CatalogueLookup create() {
        EmbeddedEventStore store = EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine())
                .build();
        long sequence = 0;
        for (CatalogueEvent event : DemoCommune.catalogueEvents()) {
            store.publish(new GenericDomainEventMessage<>("Catalogue", CatalogueMessages.CATALOGUE_ID, sequence++,
                    event));
        }
        return new CatalogueLookup(store);
    }
}
