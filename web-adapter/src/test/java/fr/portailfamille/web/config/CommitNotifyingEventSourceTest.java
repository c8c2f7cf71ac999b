package fr.portailfamille.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class CommitNotifyingEventSourceTest {
    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final CommitNotifyingEventSource source = new CommitNotifyingEventSource(eventStore);
    private final AtomicInteger calls = new AtomicInteger();
    /** What a store made by {@link #storeOpening} tells of its commits. */
    private final ArgumentCaptor<Consumer<List<? extends EventMessage<?>>>> subscriber = ArgumentCaptor.captor();

    @AfterEach
    void shutDown() {
        eventStore.shutDown();
    }

    @Test
    void givenAStreamWithACallback_whenEventsAreAppendedInAUnitOfWork_thenItIsCalledOnlyOnceCommitted()
            throws InterruptedException {
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null)) {
            assertThat(stream.setOnAvailableCallback(calls::incrementAndGet)).isTrue();
            UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            eventStore.publish(GenericEventMessage.asEventMessage("réservé"));
            assertThat(calls).as("not yet committed").hasValue(0);
            unitOfWork.commit();

            assertThat(calls).hasValue(1);
            assertThat(stream.hasNextAvailable()).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("réservé");
        }
    }

    @Test
    void givenAStoreThatFetchesCommittedEventsLate_whenAStreamLooksTooEarly_thenItIsCalledBackAgainUntilTheyAreThere()
            throws InterruptedException {
        LateStream late = new LateStream();
        CommitNotifyingEventSource lateSource = new CommitNotifyingEventSource(storeOpening(late));
        try (BlockingStream<TrackedEventMessage<?>> stream = lateSource.openStream(null)) {
            stream.setOnAvailableCallback(calls::incrementAndGet);

            subscriber.getValue().accept(List.of(GenericEventMessage.asEventMessage("réservé")));
            assertThat(stream.hasNextAvailable()).as("not fetched yet").isFalse();
            late.fetched = true;

            long giveUpAt = System.nanoTime() + CommitNotifyingEventSource.LOOK_AGAIN_FOR.toNanos();
            while (calls.get() < 2 && System.nanoTime() < giveUpAt) {
                Thread.sleep(10);
            }
            assertThat(calls).as("called back again").hasValue(2);
            assertThat(stream.hasNextAvailable()).isTrue();
        }
    }

    @Test
    void givenALookThatFindsOnlyEventsOfAnEarlierCommit_whenTheLastCommitsEventsAreFetchedLater_thenTheStreamIsCalledBack()
            throws InterruptedException {
        FetchingStream fetching = new FetchingStream();
        try (BlockingStream<TrackedEventMessage<?>> stream = new CommitNotifyingEventSource(storeOpening(fetching))
                .openStream(null)) {
            int callsBeforeTheLastFetch = lookFindingAnEarlierCommitsEvent(stream, fetching);

            assertCalledBackForTheLastCommitsEvent(stream, callsBeforeTheLastFetch);
        }
    }

    @Test
    void givenAPacedStream_whenItsRoundEndsBehindTheHead_thenItIsCalledBackForTheLastCommitsEventsOnceTheHoldEnds()
            throws InterruptedException {
        FetchingStream fetching = new FetchingStream();
        Duration pace = Duration.ofMillis(100);
        try (BlockingStream<TrackedEventMessage<?>> stream = pacedStreamOfAStoreWithItsHeadAt(1, fetching, pace)) {
            long roundStartedAt = System.nanoTime();
            int callsBeforeTheLastFetch = lookFindingAnEarlierCommitsEvent(stream, fetching);

            assertCalledBackForTheLastCommitsEvent(stream, callsBeforeTheLastFetch);
            assertThat(System.nanoTime() - roundStartedAt).as("once the hold ended").isGreaterThanOrEqualTo(
                    pace.toNanos());
        }
    }

    @Test
    void givenAPacedStream_whenItsRoundEndsAtTheHead_thenItIsLeftToTheNextCommitOrClaimRound()
            throws InterruptedException {
        FetchingStream fetching = new FetchingStream();
        try (BlockingStream<TrackedEventMessage<?>> stream = pacedStreamOfAStoreWithItsHeadAt(0, fetching,
                Duration.ofMillis(50))) {
            int callsAtTheEndOfTheRound = lookFindingAnEarlierCommitsEvent(stream, fetching);

            Thread.sleep(CommitNotifyingEventSource.LOOK_AGAIN_FOR.plusMillis(300).toMillis());
            assertThat(calls).hasValue(callsAtTheEndOfTheRound);
        }
    }

    private BlockingStream<TrackedEventMessage<?>> pacedStreamOfAStoreWithItsHeadAt(long head, FetchingStream fetching,
                                                                                   Duration pace) {
        EventStore store = storeOpening(fetching);
        when(store.createHeadToken()).thenReturn(new GlobalSequenceTrackingToken(head));
        return new CommitNotifyingEventSource(store).paced(pace).openStream(null);
    }

    /** Waits for a call back after {@code callsBefore}, then reads the last commit's event. */
    private void assertCalledBackForTheLastCommitsEvent(BlockingStream<TrackedEventMessage<?>> stream, int callsBefore)
            throws InterruptedException {
        long giveUpAt = System.nanoTime() + CommitNotifyingEventSource.LOOK_AGAIN_FOR.toNanos();
        while (calls.get() == callsBefore && System.nanoTime() < giveUpAt) {
            Thread.sleep(5);
        }
        assertThat(calls.get()).as("called back").isGreaterThan(callsBefore);
        assertThat(stream.hasNextAvailable()).isTrue();
        assertThat(stream.nextAvailable().getPayload()).isEqualTo("absent");
    }

    /**
     * Tells {@code stream} of a commit, lets its look find an earlier commit's event and take it, then has the store
     * fetch the commit's own event; answers the calls made until then.
     */
    private int lookFindingAnEarlierCommitsEvent(BlockingStream<TrackedEventMessage<?>> stream,
                                                 FetchingStream fetching) throws InterruptedException {
        stream.setOnAvailableCallback(calls::incrementAndGet);
        fetching.fetchedDuringTheNextWait = tracked("présent", 0);

        subscriber.getValue().accept(List.of(GenericEventMessage.asEventMessage("absent")));
        assertThat(stream.hasNextAvailable()).as("the earlier commit's event, fetched while it waited").isTrue();
        assertThat(stream.nextAvailable().getPayload()).isEqualTo("présent");
        int callsBeforeTheLastFetch = calls.get();
        assertThat(stream.hasNextAvailable()).as("the last commit's event, not fetched yet").isFalse();
        fetching.fetched = tracked("absent", 1);
        return callsBeforeTheLastFetch;
    }

    /** A store whose streams are all {@code stream}, and which tells {@link #subscriber} of its commits. */
    private EventStore storeOpening(BlockingStream<TrackedEventMessage<?>> stream) {
        EventStore store = mock(EventStore.class);
        when(store.subscribe(subscriber.capture())).thenReturn(() -> true);
        when(store.openStream(null)).thenReturn(stream);
        return store;
    }

    private static TrackedEventMessage<?> tracked(String payload, long position) {
        return new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position),
                GenericEventMessage.asEventMessage(payload));
    }

    /**
     * A stream whose store fetches an event while the stream waits for one ({@link #fetchedDuringTheNextWait}), or
     * once the test says so ({@link #fetched}).
     */
    private static final class FetchingStream implements BlockingStream<TrackedEventMessage<?>> {
        private volatile TrackedEventMessage<?> fetchedDuringTheNextWait;
        private volatile TrackedEventMessage<?> fetched;

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) {
            if (timeout > 0 && fetched == null && fetchedDuringTheNextWait != null) {
                fetched = fetchedDuringTheNextWait;
                fetchedDuringTheNextWait = null;
            }
            return fetched != null;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return Optional.ofNullable(fetched);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() {
            TrackedEventMessage<?> next = fetched;
            fetched = null;
            return next;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void givenAStoreThatFetchesLaterThanTheLookAgainPeriod_whenTheHeadIsAhead_thenTheStreamIsStillCalledBack()
            throws InterruptedException {
        LateStream late = new LateStream();
        BlockingStream<TrackedEventMessage<?>> stream = lateStreamAfterACommit(late, new GlobalSequenceTrackingToken(0));

        Thread.sleep(CommitNotifyingEventSource.LOOK_AGAIN_FOR.plusMillis(300).toMillis());
        int callsBeforeFetch = calls.get();
        late.fetched = true;
        long giveUpAt = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (calls.get() == callsBeforeFetch && System.nanoTime() < giveUpAt) {
            Thread.sleep(10);
        }

        stream.close();
        assertThat(calls.get()).as("still called back after the look-again period").isGreaterThan(callsBeforeFetch);
    }

    @Test
    void givenAStoreThatNeverFetches_whenTheHeadIsNotAhead_thenTheStreamIsNoLongerCalledBackAfterTheLookAgainPeriod()
            throws InterruptedException {
        BlockingStream<TrackedEventMessage<?>> stream = lateStreamAfterACommit(new LateStream(), null);

        Thread.sleep(CommitNotifyingEventSource.LOOK_AGAIN_FOR.plusMillis(500).toMillis());
        int callsAfterLookingAgain = calls.get();
        Thread.sleep(CommitNotifyingEventSource.FETCH_PATIENCE.multipliedBy(3).toMillis());

        stream.close();
        assertThat(calls).hasValue(callsAfterLookingAgain);
    }

    /**
     * A stream of a store with the given head, told of a commit its store has not fetched, whose callback looks for
     * events as a processor's coordinator does.
     */
    private BlockingStream<TrackedEventMessage<?>> lateStreamAfterACommit(LateStream late, TrackingToken head) {
        EventStore lateStore = storeOpening(late);
        when(lateStore.createHeadToken()).thenReturn(head);
        BlockingStream<TrackedEventMessage<?>> stream = new CommitNotifyingEventSource(lateStore).openStream(null);
        stream.setOnAvailableCallback(() -> {
            calls.incrementAndGet();
            stream.hasNextAvailable();
        });
        subscriber.getValue().accept(List.of(GenericEventMessage.asEventMessage("facturé")));
        return stream;
    }

    @Test
    void givenAPacedStream_whenEventsComeSoonAfterARound_thenTheyWaitForThePaceAndTheStreamIsCalledBack()
            throws InterruptedException {
        Duration pace = Duration.ofMillis(300);
        try (BlockingStream<TrackedEventMessage<?>> stream = source.paced(pace).openStream(null)) {
            stream.setOnAvailableCallback(calls::incrementAndGet);
            eventStore.publish(GenericEventMessage.asEventMessage("réservé"));
            long roundStartedAt = System.nanoTime();
            assertThat(stream.hasNextAvailable()).isTrue();
            stream.nextAvailable();
            assertThat(stream.hasNextAvailable()).as("round over").isFalse();

            eventStore.publish(GenericEventMessage.asEventMessage("annulé"));
            assertThat(calls).as("told of each commit").hasValue(2);
            assertThat(stream.hasNextAvailable()).as("held until the pace has passed").isFalse();
            long giveUpAt = System.nanoTime() + pace.multipliedBy(3).toNanos();
            while (calls.get() < 3 && System.nanoTime() < giveUpAt) {
                Thread.sleep(5);
            }

            assertThat(calls).as("called back once the hold ends").hasValue(3);
            assertThat(System.nanoTime() - roundStartedAt).isGreaterThanOrEqualTo(pace.toNanos());
            assertThat(stream.hasNextAvailable()).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("annulé");
        }
    }

    @Test
    void givenAPacedStream_whenARoundLastedLongerThanThePace_thenTheNextOneIsNotHeld() throws InterruptedException {
        Duration pace = Duration.ofMillis(100);
        try (BlockingStream<TrackedEventMessage<?>> stream = source.paced(pace).openStream(null)) {
            stream.setOnAvailableCallback(calls::incrementAndGet);
            eventStore.publish(GenericEventMessage.asEventMessage("réservé"));
            assertThat(stream.hasNextAvailable()).isTrue();
            Thread.sleep(pace.toMillis() + 20);
            stream.nextAvailable();
            assertThat(stream.hasNextAvailable()).isFalse();

            eventStore.publish(GenericEventMessage.asEventMessage("annulé"));

            assertThat(stream.hasNextAvailable()).isTrue();
        }
    }

    /** A stream whose store has not fetched the committed events until told so. */
    private static final class LateStream implements BlockingStream<TrackedEventMessage<?>> {
        private volatile boolean fetched;

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) {
            return fetched;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return Optional.empty();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() {
            throw new UnsupportedOperationException("not read in this test");
        }

        @Override
        public void close() {
        }
    }

    @Test
    void givenAClosedStream_whenEventsAreAppended_thenItsCallbackIsNoLongerCalled() {
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
        stream.setOnAvailableCallback(calls::incrementAndGet);
        eventStore.publish(GenericEventMessage.asEventMessage("avant"));
        stream.close();
        eventStore.publish(GenericEventMessage.asEventMessage("après"));

        assertThat(calls).hasValue(1);
    }
}
