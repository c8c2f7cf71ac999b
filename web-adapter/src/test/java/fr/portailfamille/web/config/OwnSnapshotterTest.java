package fr.portailfamille.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

class OwnSnapshotterTest {

    record Count(@TargetAggregateIdentifier String counterId) {
    }

    record Counted(String counterId, int total) {
    }

    static class Counter {
        @AggregateIdentifier
        private String counterId;
        private int total;

        Counter() {
        }

        @CommandHandler
        @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
        void handle(Count command) {
            AggregateLifecycle.apply(new Counted(command.counterId(), total + 1));
        }

        @EventSourcingHandler
        void on(Counted event) {
            counterId = event.counterId();
            total = event.total();
        }
    }

    @Test
    void givenAnAggregateRegisteredThroughTheConfigurer_whenItPassesTheThreshold_thenItsSnapshotIsStored() {
        InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
        AggregateConfigurer<Counter> counter = AggregateConfigurer.defaultConfiguration(Counter.class);
        counter.configureSnapshotTrigger(OwnSnapshotter.every(3, Counter.class, counter));
        // false: no module found on the class path, such as the Axon Server connector's
        Configuration axon = DefaultConfigurer.defaultConfiguration(false)
                .configureSerializer(config -> JacksonSerializer.defaultSerializer())
                .configureEmbeddedEventStore(config -> storage).configureAggregate(counter).buildConfiguration();
        axon.start();
        try {
            for (int i = 0; i < 4; i++) {
                axon.commandGateway().sendAndWait(new Count("counter-1"));
            }

            DomainEventMessage<?> snapshot = storage.readSnapshot("counter-1").orElseThrow();
            assertThat(snapshot.getPayloadType()).isEqualTo(Counter.class);
            assertThat(((Counter) snapshot.getPayload()).total).isGreaterThanOrEqualTo(3);
        } finally {
            axon.shutdown();
        }
    }
}
