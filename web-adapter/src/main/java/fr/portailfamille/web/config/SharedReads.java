package fr.portailfamille.web.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * Streams of the event store that lend each other the events they read. The embedded store shares its reads only
 * among streams near its head; a replay's processors are far behind it and would each read, and each deserialize,
 * every event of the store. Here a stream that reads from the store keeps what it read in chunks of {@link #CHUNK}
 * events, each known by the token the chunk starts after; a stream that reaches that token takes the chunk instead of
 * reading. The events lent are the very messages the first stream got, whose payloads are deserialized once. A
 * stream that finds no chunk reads from the store again from where it is. The last {@link #KEPT_CHUNKS} chunks are
 * kept, a thirty-second of the heap at two kilobytes an event: a stream further behind reads for itself, and
 * deserializes again what it reads. With 64 chunks, the processors fell that far behind one another in a replay of 400
 * families that they read 187,000 of its 215,000 events from the store a second time. A chunk that every open stream
 * has passed is let go at once: kept, its events lived for seconds, long enough for the collector to copy them from
 * pause to pause (a replay's young pauses took a quarter of its time, copying what lives that long).
 * <p>
 * A chunk is what a stream opened at its token read: the same events, in the same order, as any stream opened at
 * that token would read, unless an event committed late has come since; that event then comes after the chunk, as it
 * does to the stream that read it.
 */
final class SharedReads {
    static final int CHUNK = 256;
    static final int KEPT_CHUNKS = (int) Math.max(64,
            Runtime.getRuntime().maxMemory() / 32 / (CHUNK * 2048L));

    private final StreamableMessageSource<TrackedEventMessage<?>> store;
    /** The chunks read, by the token they start after (null for the start of the store), oldest first. */
    private final Map<TrackingToken, List<TrackedEventMessage<?>>> chunks = Collections.synchronizedMap(
            new LinkedHashMap<>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<TrackingToken, List<TrackedEventMessage<?>>> eldest) {
                    return size() > KEPT_CHUNKS;
                }
            });

    /** The streams not closed yet: a chunk they have all passed is let go. */
    private final Set<SharingStream> open = ConcurrentHashMap.newKeySet();

    SharedReads(StreamableMessageSource<TrackedEventMessage<?>> store) {
        this.store = store;
    }

    BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        SharingStream stream = new SharingStream(token);
        open.add(stream);
        return stream;
    }

    private void keep(TrackingToken startingAfter, List<TrackedEventMessage<?>> chunk) {
        long slowest = open.stream().mapToLong(stream -> stream.position).min().orElse(Long.MAX_VALUE);
        synchronized (chunks) {
            chunks.values().removeIf(kept -> position(kept.get(kept.size() - 1).trackingToken()) <= slowest);
            chunks.put(startingAfter, chunk);
        }
    }

    /** A token without a position is taken for the lowest: nothing is let go for a stream at it. */
    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(Long.MIN_VALUE);
    }

    /** Used by one thread at a time, as Axon's processors use their stream. */
    private final class SharingStream implements BlockingStream<TrackedEventMessage<?>> {
        /** The token of the last event this stream gave, or the one it was opened at. */
        private TrackingToken last;
        /** The position of {@link #last}, for the other streams to read. */
        private volatile long position;
        private List<TrackedEventMessage<?>> lent = List.of();
        private int nextLent;
        /** The store's stream, in step with {@link #last}; null while this stream takes lent chunks. */
        private BlockingStream<TrackedEventMessage<?>> own;
        private TrackingToken readingAfter;
        private List<TrackedEventMessage<?>> read = new ArrayList<>(CHUNK);

        private SharingStream(TrackingToken token) {
            this.last = token;
            this.position = position(token);
        }

        /**
         * Whether a lent event is next: one left in the chunk taken, or a chunk that starts after {@link #last}. A
         * stream reading for itself looks for one only where its own chunks start: chunks start where the stream that
         * read them started reading, and a stream that reads, having taken a chunk, reads from the end of it.
         */
        private boolean lentNext() {
            if (nextLent < lent.size()) {
                return true;
            }
            if (own != null && !read.isEmpty()) {
                return false;
            }
            List<TrackedEventMessage<?>> chunk = chunks.get(last);
            if (chunk == null) {
                return false;
            }
            lent = chunk;
            nextLent = 0;
            closeOwn();
            return true;
        }

        private BlockingStream<TrackedEventMessage<?>> own() {
            if (own == null) {
                own = store.openStream(last);
                readingAfter = last;
                read = new ArrayList<>(CHUNK);
            }
            return own;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return lentNext() ? Optional.of(lent.get(nextLent)) : own().peek();
        }

        @Override
        public boolean hasNextAvailable() {
            return lentNext() || own().hasNextAvailable();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return lentNext() || own().hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            if (lentNext()) {
                TrackedEventMessage<?> event = lent.get(nextLent++);
                given(event);
                return event;
            }
            TrackedEventMessage<?> event = own().nextAvailable();
            given(event);
            read.add(event);
            if (read.size() == CHUNK) {
                keep(readingAfter, List.copyOf(read));
                readingAfter = last;
                read = new ArrayList<>(CHUNK);
            }
            return event;
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            if (own != null) {
                own.skipMessagesWithPayloadTypeOf(ignoredMessage);
            }
        }

        private void given(TrackedEventMessage<?> event) {
            last = event.trackingToken();
            position = position(last);
        }

        @Override
        public void close() {
            open.remove(this);
            closeOwn();
        }

        private void closeOwn() {
            if (own != null) {
                own.close();
                own = null;
            }
        }
    }
}
