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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event store as the pooled processors read it, with two things added. Their streams lend each other what they
 * read ({@link SharedReads}), so that a replay reads the store once for all processors. And they call back as soon
 * as events appended in this process are committed. Axon's embedded store offers no such callback, so a pooled
 * processor with nothing to read looks again only every 500 ms, and every read-your-writes wait would pay that
 * delay. The store fetches committed events into its streams on a thread of its own, so a stream called back gives
 * that fetch up to {@link #FETCH_PATIENCE} before it answers that nothing is there, and calls back again after as long
 * while {@link #LOOK_AGAIN_FOR} has not passed since the last commit: a processor told once and too early would
 * otherwise wait for the next commit or its next claim round, 5 s later (on a busy machine the 20 parents of the
 * benchmark, all waiting for their grid, waited that long). Events found do not end these looks: they may be those of
 * an earlier commit, the last one's coming later (the families' read models of the benchmark then waited 2 to 4 s for
 * the last events of a month's attendance). Except for a {@link #paced(Duration) paced} stream, whose read models
 * nobody waits for in the rush: its looks end at the first events found (looking on brought the staff's and the
 * history's work into the rounds of grid submissions: 10 to 21 ms of CPU per submission instead of 7 to 9), and a
 * round that ends behind the store's head looks once more when its hold ends. The store's fetch has been seen to take
 * longer than {@link #LOOK_AGAIN_FOR} after the last commit of a burst (a close of the month, the end of a rush): a
 * stream whose last event is behind the store's head keeps being called back, up to {@link #BEHIND_HEAD_LOOK_FOR}.
 * <p>
 * A {@link #paced(Duration) paced} view of the same source keeps its processor from starting a new round of reading
 * sooner than its pace after the start of the last one: the read models nobody waits for (the staff's, the history)
 * then take the events of a rush in batches of a few hundred, and write each of their documents once per batch rather
 * than once or twice per event. A replay is not slowed: its rounds last longer than the pace.
 */
public final class CommitNotifyingEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {
    static final Duration FETCH_PATIENCE = Duration.ofMillis(200);
    static final Duration LOOK_AGAIN_FOR = Duration.ofSeconds(2);
    /** Bounded: a store may hold back events no handler wants (Axon Server skips them), and the head stays ahead. */
    static final Duration BEHIND_HEAD_LOOK_FOR = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(CommitNotifyingEventSource.class);
    private static final ScheduledExecutorService LOOK_AGAIN = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "commit-notifier");
        thread.setDaemon(true);
        return thread;
    });

    private final EventStore eventStore;
    private final SharedReads reads;
    private final Set<Runnable> callbacks;
    private final long paceNanos;

    public CommitNotifyingEventSource(EventStore eventStore) {
        this(eventStore, new SharedReads(eventStore), ConcurrentHashMap.newKeySet(), Duration.ZERO);
        eventStore.subscribe(this::published);
    }

    private CommitNotifyingEventSource(EventStore eventStore, SharedReads reads, Set<Runnable> callbacks,
                                       Duration pace) {
        this.eventStore = eventStore;
        this.reads = reads;
        this.callbacks = callbacks;
        this.paceNanos = pace.toNanos();
    }

    /**
     * The same source, told of the same commits and sharing the same reads, whose streams start a round of reading at
     * most once per pace.
     */
    public CommitNotifyingEventSource paced(Duration pace) {
        return new CommitNotifyingEventSource(eventStore, reads, callbacks, pace);
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
        return new NotifyingStream(reads.openStream(token), token == null ? -1 : token.position().orElse(-1));
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
        /**
         * When the last commit was told ({@link System#nanoTime()}); 0 once a look finds nothing, neither within
         * {@link #LOOK_AGAIN_FOR} of it nor behind the head, or for a paced stream once a look finds events; a
         * paced round that ends behind the head sets it again.
         */
        private final AtomicLong committedAt = new AtomicLong();
        private Runnable onAvailable;
        private Runnable callback;
        /** When the current round of reading found its first event ({@link System#nanoTime()}); 0 between rounds. */
        private long roundStartedAt;
        /** No round starts before this instant ({@link System#nanoTime()}), if not 0. */
        private long heldUntil;
        private long wakeUpScheduledFor;
        /** The position of the last event given, or of the token the stream was opened at. */
        private long givenPosition;
        /** The commit ({@link #committedAt}) a stream behind the head was last logged for. */
        private long loggedBehindFor;

        private NotifyingStream(BlockingStream<TrackedEventMessage<?>> delegate, long openedAt) {
            this.delegate = delegate;
            this.givenPosition = openedAt;
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

        /** Called by the processor's coordinator thread alone. */
        @Override
        public boolean hasNextAvailable() {
            long now = System.nanoTime();
            if (heldUntil != 0 && now - heldUntil < 0) {
                wakeUpAtEndOfHold();
                return false;
            }
            heldUntil = 0;
            boolean available = lookForEvents();
            if (available && roundStartedAt == 0) {
                roundStartedAt = now;
            } else if (!available && roundStartedAt != 0) {
                long nextRound = roundStartedAt + paceNanos;
                roundStartedAt = 0;
                heldUntil = nextRound - now > 0 ? nextRound : 0;
                if (paceNanos > 0) {
                    lookAgainIfBehindHead(now);
                }
            }
            return available;
        }

        /**
         * A paced stream's look ends at the first events found, which may be those of a commit earlier than the last
         * one told: if the round ended behind the store's head, the coordinator is called back when the hold ends,
         * rather than at its next claim round 5 s later (a close of the month then left the staff's billing 100
         * events short for 3 s).
         */
        private void lookAgainIfBehindHead(long now) {
            if (committedAt.get() != 0 || headPosition() <= givenPosition || !committedAt.compareAndSet(0, now)) {
                return;
            }
            if (heldUntil == 0) {
                callBackIn(FETCH_PATIENCE.toNanos());
            } else {
                wakeUpAtEndOfHold();
            }
        }

        /** Once events wait, the coordinator is called back when the hold ends: it does not look again by itself. */
        private void wakeUpAtEndOfHold() {
            if (wakeUpScheduledFor == heldUntil || (committedAt.get() == 0 && !delegate.hasNextAvailable())) {
                return;
            }
            wakeUpScheduledFor = heldUntil;
            callBackIn(heldUntil - System.nanoTime());
        }

        private void callBackIn(long nanos) {
            Runnable told = callback;
            LOOK_AGAIN.schedule(() -> {
                if (callbacks.contains(told)) {
                    onAvailable.run();
                }
            }, nanos, TimeUnit.NANOSECONDS);
        }

        private boolean lookForEvents() {
            if (delegate.hasNextAvailable()) {
                return true;
            }
            long committed = committedAt.get();
            if (committed == 0) {
                return false;
            }
            try {
                if (delegate.hasNextAvailable((int) FETCH_PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                    // what came may be events committed before the last commit: only a paced stream stops looking
                    if (paceNanos > 0) {
                        committedAt.compareAndSet(committed, 0);
                    }
                    return true;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            long sinceCommit = System.nanoTime() - committed;
            if (sinceCommit < LOOK_AGAIN_FOR.toNanos()
                    || (sinceCommit < BEHIND_HEAD_LOOK_FOR.toNanos() && behindHead(committed))) {
                callBackIn(FETCH_PATIENCE.toNanos());
            } else {
                committedAt.compareAndSet(committed, 0);
            }
            return false;
        }

        private boolean behindHead(long committed) {
            long head = headPosition();
            if (head <= givenPosition) {
                return false;
            }
            if (loggedBehindFor != committed) {
                loggedBehindFor = committed;
                LOG.info("Events up to {} committed {} ms ago and not yet fetched for a processor at {}: looking again",
                        head, Duration.ofNanos(System.nanoTime() - committed).toMillis(), givenPosition);
            }
            return true;
        }

        private long headPosition() {
            TrackingToken headToken = eventStore.createHeadToken();
            return headToken == null ? -1 : headToken.position().orElse(-1);
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
            TrackedEventMessage<?> event = delegate.nextAvailable();
            event.trackingToken().position().ifPresent(position -> givenPosition = position);
            return event;
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
