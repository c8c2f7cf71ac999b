package fr.portailfamille.domain.support;

import java.util.Optional;
import java.util.function.BiFunction;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * One aggregate's state for command-side lookups, folded from its event stream and kept until the stream's last
 * sequence number moves. A snapshot at the head of the stream is folded like any payload. Thread-safe.
 */
public final class CachedFold<V> {
    private final EventStore eventStore;
    private final String aggregateId;
    private final V initial;
    private final BiFunction<V, Object, V> fold;
    private volatile Folded<V> cached;

    public CachedFold(EventStore eventStore, String aggregateId, V initial, BiFunction<V, Object, V> fold) {
        this.eventStore = eventStore;
        this.aggregateId = aggregateId;
        this.initial = initial;
        this.fold = fold;
    }

    public V current() {
        Optional<Long> last = lastSequenceNumber();
        Folded<V> known = cached;
        if (known != null && last.isPresent() && known.lastSequence().equals(last)) {
            return known.view();
        }
        synchronized (this) {
            known = cached;
            if (known == null || last.isEmpty() || !known.lastSequence().equals(last)) {
                known = read();
                cached = known;
            }
            return known.view();
        }
    }

    private Optional<Long> lastSequenceNumber() {
        try {
            return eventStore.lastSequenceNumberFor(aggregateId);
        } catch (UnsupportedOperationException e) {
            return Optional.empty(); // this store cannot tell: read the stream every time
        }
    }

    private Folded<V> read() {
        V view = initial;
        Long lastSequence = null;
        DomainEventStream stream = eventStore.readEvents(aggregateId);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            view = fold.apply(view, message.getPayload());
            lastSequence = message.getSequenceNumber();
        }
        return new Folded<>(Optional.ofNullable(lastSequence), view);
    }

    private record Folded<V>(Optional<Long> lastSequence, V view) {
    }
}
