package fr.portailfamille.web.config;

import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.EventProcessingModule;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * Axon's event processing, whose pooled streaming processors invoke their processing groups through a
 * {@link RememberingEventHandlerInvoker}. Tracking processors (Axon's defaults, which the benchmark compares against)
 * are built as Axon builds them.
 */
final class RememberingProcessingModule extends EventProcessingModule {

    @Override
    protected EventProcessor pooledStreamingEventProcessor(
            String name, EventHandlerInvoker eventHandlerInvoker, Configuration config,
            StreamableMessageSource<TrackedEventMessage<?>> messageSource,
            EventProcessingConfigurer.PooledStreamingProcessorConfiguration processorConfiguration) {
        return super.pooledStreamingEventProcessor(name, RememberingEventHandlerInvoker.of(eventHandlerInvoker),
                config, messageSource, processorConfiguration);
    }
}
