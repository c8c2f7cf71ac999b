package fr.portailfamille.web.config;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.queryhandling.QueryMessage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The meters of a bus or an event processor, registered once: messages ingested, handled, failed and ignored, and the
 * time to handle one; an event processor's also tell its latency (how old the last event was when it took it). Axon's
 * own monitors look each of their meters up in the registry at every message: a tenth of a replay, and of a
 * reservation command.
 */
final class MessageMeters implements MessageMonitor<Message<?>> {
    private final Counter ingested;
    private final Counter handled;
    private final Counter failed;
    private final Counter ignored;
    private final Timer handling;
    /** Only an event processor's last ingestion is kept, for its latency: a bus has none to tell. */
    private final boolean keepsLastIngestion;
    private volatile Ingestion lastIngestion;

    private MessageMeters(MeterRegistry registry, String name, boolean keepsLastIngestion) {
        this.keepsLastIngestion = keepsLastIngestion;
        this.ingested = Counter.builder(name + ".ingested").register(registry);
        this.handled = Counter.builder(name + ".handled").register(registry);
        this.failed = Counter.builder(name + ".failed").register(registry);
        this.ignored = Counter.builder(name + ".ignored").register(registry);
        this.handling = Timer.builder(name + ".handlingTime").register(registry);
    }

    static MessageMeters ofBus(MeterRegistry registry, String bus) {
        return new MessageMeters(registry, bus, false);
    }

    static MessageMeters ofEventProcessor(MeterRegistry registry, String processor, Clock clock) {
        MessageMeters meters = new MessageMeters(registry, processor, true);
        Gauge.builder(processor + ".latency", meters, any -> meters.latencyMillis(clock))
                .baseUnit("milliseconds").register(registry);
        return meters;
    }

    /** Axon's registry, but with {@link MessageMeters} for the buses and the event processors. */
    static GlobalMetricRegistry registry(MeterRegistry registry, Clock clock) {
        return new GlobalMetricRegistry(registry) {
            @Override
            public MessageMonitor<? super EventMessage<?>> registerEventProcessor(String processor) {
                return ofEventProcessor(registry, processor, clock);
            }

            @Override
            public MessageMonitor<? super CommandMessage<?>> registerCommandBus(String bus) {
                return ofBus(registry, bus);
            }

            @Override
            public MessageMonitor<? super EventMessage<?>> registerEventBus(String bus) {
                return ofBus(registry, bus);
            }

            @Override
            public MessageMonitor<? super QueryMessage<?, ?>> registerQueryBus(String bus) {
                return ofBus(registry, bus);
            }
        };
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        ingested.increment();
        long ingestedAt = System.nanoTime();
        if (keepsLastIngestion) {
            lastIngestion = new Ingestion(message, ingestedAt);
        }
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
    private double latencyMillis(Clock clock) {
        Ingestion last = lastIngestion;
        if (last == null || !(last.message() instanceof EventMessage<?> event)) {
            return 0;
        }
        long sinceIngestion = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - last.nanoTime());
        return clock.millis() - event.getTimestamp().toEpochMilli() - sinceIngestion;
    }

    private record Ingestion(Message<?> message, long nanoTime) {
    }
}
