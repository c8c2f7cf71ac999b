package fr.portailfamille.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.BeanFactoryAnnotationUtils;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import fr.portailfamille.web.PortailFamilleApplication;

/** The portal's Spring context, in this process, on a data directory of its own, with the demo commune. */
final class Portal implements AutoCloseable {
    private static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(30);

    final ConfigurableApplicationContext context;

    private Portal(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts the portal; {@code settings} add to or override the benchmark's defaults. */
    static Portal start(Path dataDir, Instant clockStart, Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "portail.data-dir", dataDir.toString(),
                "portail.clock.start", clockStart.toString(),
                "portail.demo-data", "true",
                "server.port", "0",
                "logging.level.root", "WARN",
                "logging.level.fr.portailfamille.web.replay", "WARN"));
        properties.putAll(settings);
        System.setProperty("axoniq.update-checker.disabled", "true");
        // as arguments: application.yml outranks default properties
        String[] arguments = properties.entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue()).toArray(String[]::new);
        return new Portal(new SpringApplicationBuilder(PortailFamilleApplication.class, BenchmarkBeans.class)
                .run(arguments));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    EventStore eventStore() {
        return BeanFactoryAnnotationUtils.qualifiedBeanOfType(context.getBeanFactory(), EventStore.class, "eventStore");
    }

    /** The position of the last event appended, -1 for an empty store. */
    long headPosition() {
        TrackingToken head = eventStore().createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    /**
     * Waits until every read model has handled every event appended so far; answers how long each processor took to
     * get there, by name, in seconds (to within the 20 ms it looks every).
     */
    Map<String, Double> awaitReadModels() {
        long head = headPosition();
        long startedAt = System.nanoTime();
        long giveUpAt = startedAt + CATCH_UP_LIMIT.toNanos();
        Map<String, StreamingEventProcessor> waitedFor = streamingProcessors();
        Map<String, Double> secondsToHead = new TreeMap<>();
        while (true) {
            waitedFor.forEach((name, processor) -> {
                if (!secondsToHead.containsKey(name) && position(processor) >= head) {
                    secondsToHead.put(name, (System.nanoTime() - startedAt) / 1e9);
                }
            });
            if (secondsToHead.size() == waitedFor.size()) {
                return secondsToHead;
            }
            if (System.nanoTime() > giveUpAt) {
                throw new IllegalStateException("read models did not catch up with event " + head);
            }
            sleep(Duration.ofMillis(20));
        }
    }

    /** The portal's streaming processors by name. */
    Map<String, StreamingEventProcessor> streamingProcessors() {
        Map<String, StreamingEventProcessor> streaming = new TreeMap<>();
        bean(EventProcessingConfiguration.class).eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor each) {
                streaming.put(name, each);
            }
        });
        return streaming;
    }

    /** The position a processor has handled up to, -1 before any event. */
    static long position(StreamingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        return segments.isEmpty() ? -1 : segments.values().stream()
                .mapToLong(segment -> segment.getCurrentPosition().orElse(-1)).min().orElse(-1);
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
