package fr.portailfamille.web.family;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes for the one who just sent a command: waits until the named read models have processed every
 * event stored so far, so that the next page or call shows the change. It looks again whenever a processor has
 * handled a batch ({@link HandledBatches}), and every {@link #POLL_MILLIS} otherwise. It waits at most
 * {@link #PATIENCE}: a read model whose segments run on another instance is not seen from here, and then the answer
 * simply comes later.
 */
@Component
public class ReadModels {
    private static final Logger LOG = LoggerFactory.getLogger(ReadModels.class);
    static final Duration PATIENCE = Duration.ofSeconds(3);
    private static final long POLL_MILLIS = 10;

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final HandledBatches handledBatches;

    public ReadModels(@Qualifier("eventStore") EventStore eventStore, EventProcessingConfiguration processing,
                      HandledBatches handledBatches) {
        this.eventStore = eventStore;
        this.processing = processing;
        this.handledBatches = handledBatches;
    }

    public void awaitCaughtUp(String... processingGroups) {
        awaitCaughtUp(PATIENCE, List.of(processingGroups));
    }

    /** Waits at most {@code patience}, for a start that must not answer before its read models show what it loaded. */
    public void awaitCaughtUp(Duration patience, Collection<String> processingGroups) {
        OptionalLong head = eventStore.createHeadToken().position();
        if (head.isEmpty()) {
            return;
        }
        long deadline = System.nanoTime() + patience.toNanos();
        long handled = handledBatches.handled();
        for (String group : processingGroups) {
            while (!hasProcessed(group, head.getAsLong()) && System.nanoTime() < deadline) {
                handled = awaitMoreThan(handled);
            }
            if (!hasProcessed(group, head.getAsLong())) {
                LOG.warn("Read model {} has not reached event {} within {} s: {}", group, head.getAsLong(),
                        patience.toSeconds(), processing.eventProcessorByProcessingGroup(group,
                                StreamingEventProcessor.class).map(StreamingEventProcessor::processingStatus)
                                .orElse(Map.of()));
            }
        }
    }

    private boolean hasProcessed(String processingGroup, long position) {
        Map<Integer, EventTrackerStatus> segments = processing
                .eventProcessorByProcessingGroup(processingGroup, StreamingEventProcessor.class)
                .map(StreamingEventProcessor::processingStatus).orElse(Map.of());
        return !segments.isEmpty() && segments.values().stream()
                .allMatch(status -> status.getCurrentPosition().orElse(-1) >= position);
    }

    private long awaitMoreThan(long handled) {
        try {
            return handledBatches.awaitMoreThan(handled, POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return handled;
        }
    }
}
