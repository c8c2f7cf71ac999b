package fr.portailfamille.web.config;

import java.util.function.Function;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;

/**
 * Snapshots of an aggregate taken by a snapshotter of its own. The portal registers its aggregates through Axon's
 * configurer, and the snapshotter Spring provides only knows aggregates declared as Spring beans: given it, every
 * snapshot failed with a warning and the aggregate kept loading all its events.
 */
final class OwnSnapshotter {
    private OwnSnapshotter() {
    }

    static <A> Function<Configuration, SnapshotTriggerDefinition> every(int events, Class<A> type,
                                                                        AggregateConfigurer<A> aggregate) {
        return config -> new EventCountSnapshotTriggerDefinition(AggregateSnapshotter.builder()
                .eventStore(config.eventStore())
                .aggregateFactories(aggregate.aggregateFactory())
                .parameterResolverFactory(config.parameterResolverFactory())
                .handlerDefinition(config.handlerDefinition(type))
                .transactionManager(config.getComponent(TransactionManager.class, () -> NoTransactionManager.INSTANCE))
                .build(), events);
    }
}
