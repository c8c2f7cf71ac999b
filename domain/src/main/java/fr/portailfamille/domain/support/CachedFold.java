package fr.portailfamille.domain.support;

import java.util.Optional;
import java.util.function.BiFunction;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * One aggregate's state for command-side lookups, folded from its event stream and kept until the stream's last
 * sequence number moves, which {@link StreamFreshness} tells without a query as long as it can. A snapshot at the
 * head of the stream is folded like any payload. Thread-safe.
 */
public final class CachedFold<V> {
    private final EventStore eventStore;
    private final StreamFreshness freshness;
    private final String aggregateId;
    private final V initial;
    private final BiFunction<V, Object, V> fold;
    private volatile Folded<V> cached;

    public CachedFold(EventStore eventStore, StreamFreshness freshness, String aggregateId, V initial,
                      BiFunction<V, Object, V> fold) {
        this.eventStore = eventStore;
        this.freshness = freshness;
        this.aggregateId = aggregateId;
        this.initial = initial;
        this.fold = fold;
        freshness.follow(aggregateId);
    }

    public V current() {
        Folded<V> known = cached;
        if (known != null && unchanged(known)) {
            return known.view();
        }
        synchronized (this) {
            known = cached;
            if (known == null || !unchanged(known)) {
                long checkedAt = freshness.now();
                Optional<Long> last = lastSequenceNumber();
                known = known == null || last.isEmpty() || !known.lastSequence().equals(last)
                        ? read(checkedAt) : new Folded<>(known.lastSequence(), known.view(), checkedAt);
                cached = known;
            }
            return known.view();
        }
    }

    private boolean unchanged(Folded<V> known) {
        return freshness.unchanged(aggregateId, known.lastSequence().orElse(-1L), known.checkedAt());
    }

    private Optional<Long> lastSequenceNumber() {
        try {
            return eventStore.lastSequenceNumberFor(aggregateId);
        } catch (UnsupportedOperationException e) {
            return Optional.empty(); // this store cannot tell: read the stream at every check
        }
    }

    private Folded<V> read(long checkedAt) {
        V view = initial;
        Long lastSequence = null;
        DomainEventStream stream = eventStore.readEvents(aggregateId);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            view = fold.apply(view, message.getPayload());
            lastSequence = message.getSequenceNumber();
        }
        return new Folded<>(Optional.ofNullable(lastSequence), view, checkedAt);
    }

    private record Folded<V>(Optional<Long> lastSequence, V view, long checkedAt) {
    }
}
