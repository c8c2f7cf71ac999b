package fr.portailfamille.web.config;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * An event processor's meters, registered once: events ingested, handled, failed and ignored, the time to handle
 * one, and its latency (how old the last event was when the processor took it). Axon's own monitors look each of
 * their meters up in the registry at every event, a tenth of a replay.
 */
final class EventProcessorMeters implements MessageMonitor<EventMessage<?>> {
    private final Counter ingested;
    private final Counter handled;
    private final Counter failed;
    private final Counter ignored;
    private final Timer handling;
    private final Clock clock;
    private volatile Ingestion lastIngestion;

    EventProcessorMeters(MeterRegistry registry, String processor, Clock clock) {
        this.clock = clock;
        this.ingested = Counter.builder(processor + ".ingested").register(registry);
        this.handled = Counter.builder(processor + ".handled").register(registry);
        this.failed = Counter.builder(processor + ".failed").register(registry);
        this.ignored = Counter.builder(processor + ".ignored").register(registry);
        this.handling = Timer.builder(processor + ".handlingTime").register(registry);
        Gauge.builder(processor + ".latency", this, EventProcessorMeters::latencyMillis).baseUnit("milliseconds")
                .register(registry);
    }

    /** Axon's registry, but for event processors, which get {@link EventProcessorMeters}. */
    static GlobalMetricRegistry registry(MeterRegistry registry, Clock clock) {
        return new GlobalMetricRegistry(registry) {
            @Override
            public MessageMonitor<? super EventMessage<?>> registerEventProcessor(String processor) {
                return new EventProcessorMeters(registry, processor, clock);
            }
        };
    }

    @Override
    public MonitorCallback onMessageIngested(EventMessage<?> message) {
        ingested.increment();
        long ingestedAt = System.nanoTime();
        lastIngestion = new Ingestion(message, ingestedAt);
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                handled.increment();
                handling.record(System.nanoTime() - ingestedAt, TimeUnit.NANOSECONDS);
            }

            @Override
            public void reportFailure(Throwable cause) {
                failed.increment();
                handling.record(System.nanoTime() - ingestedAt, TimeUnit.NANOSECONDS);
            }

            @Override
            public void reportIgnored() {
                ignored.increment();
            }
        };
    }

    /** Read when scraped, so that taking an event costs no clock reading nor timestamp parsing. */
    private double latencyMillis() {
        Ingestion last = lastIngestion;
        if (last == null) {
            return 0;
        }
        long sinceIngestion = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - last.nanoTime());
        return clock.millis() - last.event().getTimestamp().toEpochMilli() - sinceIngestion;
    }

    private record Ingestion(EventMessage<?> event, long nanoTime) {
    }
}
