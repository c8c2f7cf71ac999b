package fr.portailfamille.domain.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Whether a {@link CachedFold} still covers its event stream without asking the store, which costs a query per
 * command. The store tells its subscribers of each event this process appends as the unit of work commits: a fold is
 * current as long as nothing newer was told for its stream. A stream changed by another process (several instances
 * on one Axon Server) tells nothing here, so a fold asks the store again once its last check is older than
 * {@link #RECHECK_AFTER}. Thread-safe.
 */
public final class StreamFreshness {
    static final Duration RECHECK_AFTER = Duration.ofSeconds(1);
    private static final long NONE = -1;

    private final Map<String, Long> lastTold = new ConcurrentHashMap<>();
    private final long recheckAfterNanos;
    private final LongSupplier nanoTime;

    public StreamFreshness(EventStore eventStore) {
        this(eventStore, System::nanoTime);
    }

    StreamFreshness(EventStore eventStore, LongSupplier nanoTime) {
        this.recheckAfterNanos = RECHECK_AFTER.toNanos();
        this.nanoTime = nanoTime;
        eventStore.subscribe(this::told);
    }

    /** Starts following a stream: from now on, events appended to it here are noted. */
    void follow(String aggregateId) {
        lastTold.putIfAbsent(aggregateId, NONE);
    }

    long now() {
        return nanoTime.getAsLong();
    }

    /**
     * The stream, checked against the store at {@code checkedAt} (from {@link #now()}) and then ending at
     * {@code lastSequence} ({@code -1}: empty), has not moved since as far as this process knows.
     */
    boolean unchanged(String aggregateId, long lastSequence, long checkedAt) {
        return lastTold.getOrDefault(aggregateId, NONE) <= lastSequence
                && nanoTime.getAsLong() - checkedAt < recheckAfterNanos;
    }

    private void told(List<? extends EventMessage<?>> events) {
        for (EventMessage<?> event : events) {
            if (event instanceof DomainEventMessage<?> domainEvent) {
                lastTold.computeIfPresent(domainEvent.getAggregateIdentifier(),
                        (id, last) -> Math.max(last, domainEvent.getSequenceNumber()));
            }
        }
    }
}
