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
 * {@link #RECHECK_AFTER}; an event told but still not in the store that long after was rolled back. Thread-safe.
 */
public final class StreamFreshness {
    static final Duration RECHECK_AFTER = Duration.ofSeconds(1);
    private static final Told NOTHING = new Told(-1, 0);

    private final Map<String, Told> lastTold = new ConcurrentHashMap<>();
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
        lastTold.putIfAbsent(aggregateId, NOTHING);
    }

    long now() {
        return nanoTime.getAsLong();
    }

    /**
     * The stream, checked against the store at {@code checkedAt} (from {@link #now()}) and then ending at
     * {@code lastSequence} ({@code -1}: empty), has not moved since as far as this process knows.
     */
    boolean unchanged(String aggregateId, long lastSequence, long checkedAt) {
        if (nanoTime.getAsLong() - checkedAt >= recheckAfterNanos) {
            return false;
        }
        Told told = lastTold.getOrDefault(aggregateId, NOTHING);
        // still unreadable a while after it was told: its unit of work rolled back, the store's answer stands
        return told.sequence() <= lastSequence || checkedAt - told.at() >= recheckAfterNanos;
    }

    private void told(List<? extends EventMessage<?>> events) {
        long now = nanoTime.getAsLong();
        for (EventMessage<?> event : events) {
            if (event instanceof DomainEventMessage<?> domainEvent) {
                lastTold.computeIfPresent(domainEvent.getAggregateIdentifier(),
                        (id, last) -> domainEvent.getSequenceNumber() >= last.sequence()
                                ? new Told(domainEvent.getSequenceNumber(), now) : last);
            }
        }
    }

    private record Told(long sequence, long at) {
    }
}
