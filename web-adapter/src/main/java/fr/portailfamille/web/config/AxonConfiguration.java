package fr.portailfamille.web.config;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.EventProcessingModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.saga.repository.MongoSagaStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.client.MongoDatabase;

import io.micrometer.core.instrument.MeterRegistry;

import fr.portailfamille.domain.catalogue.CatalogueLookup;
import fr.portailfamille.query.support.PerBatch;
import fr.portailfamille.query.support.ReadModelGroups;
import fr.portailfamille.web.family.HandledBatches;
import fr.portailfamille.web.security.AuditMetadataDispatchInterceptor;

/** Axon wiring that Spring Boot's auto-configuration cannot guess: Mongo tokens, audit metadata, lookups. */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    @Bean
    public MongoTemplate axonMongoTemplate(MongoDatabase database) {
        return DefaultMongoTemplate.builder().mongoDatabase(database)
                .trackingTokensCollectionName("axon_tracking_tokens")
                .sagasCollectionName("axon_sagas")
                .build();
    }

    /** Tracking tokens live beside the read models, so that a token and its read model are lost or kept together. */
    @Bean
    public TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
        return MongoTokenStore.builder().mongoTemplate(axonMongoTemplate).serializer(serializer)
                .transactionManager(NoTransactionManager.INSTANCE).build();
    }

    @Bean
    public SagaStore<Object> sagaStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
        return MongoSagaStore.builder().mongoTemplate(axonMongoTemplate).serializer(serializer).build();
    }

    @Bean
    public CorrelationDataProvider auditCorrelationDataProvider() {
        return new AuditCorrelationData();
    }

    @Bean
    public AuditMetadataDispatchInterceptor auditMetadataDispatchInterceptor(CommandBus commandBus, Clock clock) {
        AuditMetadataDispatchInterceptor interceptor = new AuditMetadataDispatchInterceptor(clock);
        commandBus.registerDispatchInterceptor(interceptor);
        return interceptor;
    }

    /**
     * The read models share three pooled streaming processors ({@link ReadModelGroups}): each reads the store once for
     * its read models and hands them batches, in which they read and write each document once. Events of one
     * aggregate are handled in order. A read model's document gathers events of several aggregates (a child's month,
     * the slots of its days) and is read, changed and written back by its batch: each processor keeps the one segment
     * it is given by default, so that a batch is the only writer of its documents. During a replay
     * their read models hold their writes until it ends ({@link PerBatch#holdingReplayWrites()}). The staff's and the
     * audit processors, which nobody waits for right after a change, read at most once per {@code staffPace} and
     * {@code auditPace} ({@link CommitNotifyingEventSource#paced(Duration)}): staff who decide or close wait half a
     * second at most for their lists, an auditor sees an event two seconds late at most. Each processor tells
     * {@link HandledBatches} of its batches, so that a read-your-writes wait looks again as soon as one is handled, and
     * wakes its coordinator when a batch of a replay starts ({@link CoordinatorWakeUps}). Their batches pass no
     * correlation data on ({@link AuditCorrelationData#sendingNothing()}).
     * {@code portail.processing.mode=tracking} falls back to Axon's defaults, which the benchmark compares against:
     * a tracking processor per processing group (one thread, one segment).
     */
    @Bean
    public ConfigurerModule eventProcessorDefaults(@Value("${portail.processing.mode:pooled}") String mode,
                                                   @Value("${portail.processing.batch-size:1000}") int batchSize,
                                                   @Value("${portail.processing.segments:1}") int segments,
                                                   @Value("${portail.processing.staff-pace:500ms}") Duration staffPace,
                                                   @Value("${portail.processing.audit-pace:2s}") Duration auditPace,
                                                   HandledBatches handledBatches) {
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing()
                    .registerDefaultSequencingPolicy(config -> SequentialPerAggregatePolicy.instance());
            if ("tracking".equals(mode)) {
                processing.usingTrackingEventProcessors().registerTrackingEventProcessorConfiguration(
                        config -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(batchSize).andInitialSegmentsCount(segments));
            } else {
                configurer.registerComponent(CommitNotifyingEventSource.class,
                        config -> new CommitNotifyingEventSource(config.eventStore()));
                CoordinatorWakeUps wakeUps = new CoordinatorWakeUps();
                processing.usingPooledStreamingEventProcessors((config, builder) -> builder
                                .messageSource(config.getComponent(CommitNotifyingEventSource.class))
                                .batchSize(batchSize).initialSegmentCount(segments)
                                .coordinatorExecutor(processor -> {
                                    ScheduledExecutorService executor = wakeUps.executorFor(processor);
                                    config.onShutdown(executor::shutdown);
                                    return executor;
                                }))
                        .assignProcessingGroup(ReadModelGroups::processorOf)
                        .registerDefaultHandlerInterceptor((config, processor) -> PerBatch.holdingReplayWrites())
                        .registerDefaultHandlerInterceptor((config, processor) -> handledBatches)
                        .registerDefaultHandlerInterceptor((config, processor) ->
                                ReadModelGroups.PROCESSORS.contains(processor) ? AuditCorrelationData.sendingNothing()
                                        : null)
                        .registerDefaultHandlerInterceptor((config, processor) ->
                                wakeUps.wakingDuringReplays(processor));
                Map.of(ReadModelGroups.STAFF, staffPace, ReadModelGroups.AUDIT, auditPace).forEach((processor, pace) ->
                        processing.registerPooledStreamingEventProcessorConfiguration(processor, (config, builder) ->
                                builder.messageSource(config.getComponent(CommitNotifyingEventSource.class)
                                        .paced(pace))));
            }
        };
    }

    /** Axon's event processing, its pooled processors remembering what their groups handle. */
    @Bean
    public EventProcessingModule eventProcessingModule() {
        return new RememberingProcessingModule();
    }

    /** Every aggregate's commands find their target through {@link RecordCommandTargetResolver}. */
    @Bean
    public ConfigurerModule commandTargetResolver() {
        return configurer -> configurer.registerComponent(CommandTargetResolver.class,
                config -> new RecordCommandTargetResolver());
    }

    /** Axon's meters, with those of the buses and event processors registered once ({@link MessageMeters}). */
    @Bean
    public GlobalMetricRegistry globalMetricRegistry(MeterRegistry meterRegistry, Clock clock) {
        return MessageMeters.registry(meterRegistry, clock);
    }

    @Bean
    public CatalogueLookup catalogueLookup(@Qualifier("eventStore") EventStore eventStore) {
        return new CatalogueLookup(eventStore);
    }
}
