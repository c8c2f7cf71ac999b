package fr.portailfamille.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SharedReadsTest {
    /** Every stream reads for itself, as a replay's streams far behind the head do. */
    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).optimizeEventConsumption(false).build();
    private final List<TrackingToken> openedAt = new ArrayList<>();
    private final SharedReads reads = new SharedReads(token -> {
        openedAt.add(token);
        return eventStore.openStream(token);
    });

    @AfterEach
    void shutDown() {
        eventStore.shutDown();
    }

    private void append(int from, int count) {
        IntStream.range(from, from + count).forEach(i -> eventStore.publish(GenericEventMessage.asEventMessage(i)));
    }

    private static List<TrackedEventMessage<?>> take(BlockingStream<TrackedEventMessage<?>> stream, int count)
            throws InterruptedException {
        List<TrackedEventMessage<?>> taken = new ArrayList<>();
        while (taken.size() < count && stream.hasNextAvailable()) {
            taken.add(stream.nextAvailable());
        }
        return taken;
    }

    private static List<Object> payloads(List<TrackedEventMessage<?>> events) {
        return events.stream().<Object>map(TrackedEventMessage::getPayload).toList();
    }

    @Test
    void givenAStreamThatReadTwoChunks_whenAnotherReadsTheSameEvents_thenItIsLentTheSameMessagesAndReadsTheRest()
            throws InterruptedException {
        int events = 2 * SharedReads.CHUNK + 10;
        append(0, events);
        try (BlockingStream<TrackedEventMessage<?>> first = reads.openStream(null);
             BlockingStream<TrackedEventMessage<?>> second = reads.openStream(null)) {
            List<TrackedEventMessage<?>> read = take(first, events);
            List<TrackedEventMessage<?>> lent = take(second, events);

            assertThat(payloads(lent)).isEqualTo(IntStream.range(0, events).boxed().toList());
            assertThat(lent.subList(0, 2 * SharedReads.CHUNK)).isEqualTo(read.subList(0, 2 * SharedReads.CHUNK));
            assertThat(openedAt).as("the second stream reads from the store only after the two chunks")
                    .containsExactly(null, read.get(2 * SharedReads.CHUNK - 1).trackingToken());
        }
    }

    @Test
    void givenALentStreamAtTheEndOfTheChunks_whenEventsAreAppended_thenItReadsThemFromTheStoreInOrder()
            throws InterruptedException {
        append(0, SharedReads.CHUNK);
        try (BlockingStream<TrackedEventMessage<?>> first = reads.openStream(null);
             BlockingStream<TrackedEventMessage<?>> second = reads.openStream(null)) {
            take(first, SharedReads.CHUNK);
            assertThat(take(second, SharedReads.CHUNK)).hasSize(SharedReads.CHUNK);
            assertThat(second.hasNextAvailable()).isFalse();

            append(SharedReads.CHUNK, 3);

            assertThat(payloads(take(second, 10))).containsExactly(SharedReads.CHUNK, SharedReads.CHUNK + 1,
                    SharedReads.CHUNK + 2);
            assertThat(payloads(take(first, 10))).containsExactly(SharedReads.CHUNK, SharedReads.CHUNK + 1,
                    SharedReads.CHUNK + 2);
        }
    }

    @Test
    void givenAStreamOpenedAtATokenWhereNoChunkStarts_whenItReads_thenItReadsFromTheStore()
            throws InterruptedException {
        append(0, 2 * SharedReads.CHUNK);
        try (BlockingStream<TrackedEventMessage<?>> first = reads.openStream(null)) {
            List<TrackedEventMessage<?>> read = take(first, 2 * SharedReads.CHUNK);
            TrackingToken tenth = read.get(9).trackingToken();
            try (BlockingStream<TrackedEventMessage<?>> later = reads.openStream(tenth)) {
                List<TrackedEventMessage<?>> own = take(later, 2 * SharedReads.CHUNK);

                assertThat(payloads(own)).isEqualTo(IntStream.range(10, 2 * SharedReads.CHUNK).boxed().toList());
                assertThat(openedAt).containsExactly(null, tenth);
            }
        }
    }

    @Test
    void givenChunksThatEveryOpenStreamHasPassed_whenAnotherChunkIsRead_thenTheyAreLetGoAndALaterStreamReadsThem()
            throws InterruptedException {
        append(0, 3 * SharedReads.CHUNK);
        try (BlockingStream<TrackedEventMessage<?>> first = reads.openStream(null);
             BlockingStream<TrackedEventMessage<?>> second = reads.openStream(null)) {
            take(first, 2 * SharedReads.CHUNK);
            take(second, 2 * SharedReads.CHUNK);
            reads.openStream(null).close();

            take(first, SharedReads.CHUNK);
            try (BlockingStream<TrackedEventMessage<?>> later = reads.openStream(null)) {
                assertThat(payloads(take(later, 3 * SharedReads.CHUNK)))
                        .isEqualTo(IntStream.range(0, 3 * SharedReads.CHUNK).boxed().toList());
            }

            assertThat(openedAt).as("the first chunks let go, the later stream reads them; the third, which the "
                    + "second stream has not passed, is lent to it").containsExactly(null, null);
        }
    }

    @Test
    void givenAStreamStillBeforeTheChunks_whenOthersHavePassedThem_thenTheyAreKeptForIt()
            throws InterruptedException {
        append(0, 3 * SharedReads.CHUNK);
        try (BlockingStream<TrackedEventMessage<?>> first = reads.openStream(null);
             BlockingStream<TrackedEventMessage<?>> behind = reads.openStream(null)) {
            take(first, 3 * SharedReads.CHUNK);

            assertThat(payloads(take(behind, 3 * SharedReads.CHUNK)))
                    .isEqualTo(IntStream.range(0, 3 * SharedReads.CHUNK).boxed().toList());
            assertThat(openedAt).as("every chunk lent to the stream behind").containsExactly((TrackingToken) null);
        }
    }
}
