package fr.portailfamille.web.config;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * The event store as the pooled processors read it, with one thing added: their streams call back as soon as events
 * appended in this process are committed. Axon's embedded store offers no such callback, so a pooled processor with
 * nothing to read looks again only every 500 ms, and every read-your-writes wait would pay that delay. The store
 * fetches committed events into its streams on a thread of its own, so a stream called back gives that fetch up to
 * {@link #FETCH_PATIENCE} before it answers that nothing is there, and calls back again after as long while
 * {@link #LOOK_AGAIN_FOR} has not passed since the last commit: a processor told once and too early would otherwise
 * wait for the next commit or its next claim round, 5 s later (on a busy machine the 20 parents of the benchmark, all
 * waiting for their grid, waited that long).
 */
public final class CommitNotifyingEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {
    static final Duration FETCH_PATIENCE = Duration.ofMillis(200);
    static final Duration LOOK_AGAIN_FOR = Duration.ofSeconds(2);
    private static final ScheduledExecutorService LOOK_AGAIN = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "commit-notifier");
        thread.setDaemon(true);
        return thread;
    });

    private final EventStore eventStore;
    private final Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();

    public CommitNotifyingEventSource(EventStore eventStore) {
        this.eventStore = eventStore;
        eventStore.subscribe(this::published);
    }

    private void published(List<? extends EventMessage<?>> events) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> notifyStreams());
        } else {
            notifyStreams();
        }
    }

    private void notifyStreams() {
        callbacks.forEach(Runnable::run);
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        return new NotifyingStream(eventStore.openStream(token));
    }

    @Override
    public TrackingToken createTailToken() {
        return eventStore.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return eventStore.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return eventStore.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return eventStore.createTokenSince(duration);
    }

    private final class NotifyingStream implements BlockingStream<TrackedEventMessage<?>> {
        private final BlockingStream<TrackedEventMessage<?>> delegate;
        /** When the last commit was told ({@link System#nanoTime()}), until a look finds events after it; 0 then. */
        private final AtomicLong committedAt = new AtomicLong();
        private Runnable onAvailable;
        private Runnable callback;

        private NotifyingStream(BlockingStream<TrackedEventMessage<?>> delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable onAvailable) {
            if (callback != null) {
                callbacks.remove(callback);
            }
            this.onAvailable = onAvailable;
            callback = () -> {
                committedAt.set(System.nanoTime());
                onAvailable.run();
            };
            callbacks.add(callback);
            return true;
        }

        @Override
        public boolean hasNextAvailable() {
            if (delegate.hasNextAvailable()) {
                return true;
            }
            long committed = committedAt.get();
            if (committed == 0) {
                return false;
            }
            try {
                if (delegate.hasNextAvailable((int) FETCH_PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                    committedAt.compareAndSet(committed, 0);
                    return true;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            if (System.nanoTime() - committed < LOOK_AGAIN_FOR.toNanos()) {
                Runnable told = callback;
                LOOK_AGAIN.schedule(() -> {
                    if (callbacks.contains(told)) {
                        onAvailable.run();
                    }
                }, FETCH_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            } else {
                committedAt.compareAndSet(committed, 0);
            }
            return false;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            if (callback != null) {
                callbacks.remove(callback);
            }
            delegate.close();
        }
    }
}
