package fr.portailfamille.web.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import fr.portailfamille.query.support.PerBatch;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * How a rebuild drives the processors' replay: it stops them all before it waits for any, and a rebuild during which
 * a read model lost the writes it held replays again, three times at most.
 */
class ReplayAgainTest {
    private static final long HEAD = 5;

    private final MongoServer server = new MongoServer(new H2Backend(new MVStore.Builder().open()));
    private final MongoClient client = MongoClients.create("mongodb://" + hostAndPort(server));
    private final PerBatch<NoWrites> readModel = new PerBatch<>("read-model", (payloads, held) -> new NoWrites());
    private final StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
    private final AtomicInteger replays = new AtomicInteger();

    private record NoWrites() implements PerBatch.Buffer<NoWrites> {
        @Override
        public void absorb(NoWrites later) {
        }

        @Override
        public long heldBytes() {
            return 0;
        }

        @Override
        public void flush() {
        }
    }

    private static String hostAndPort(MongoServer server) {
        var address = server.bind();
        return address.getHostString() + ":" + address.getPort();
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    /** Each reset of the processor resets the read model, then replays; the first {@code losing} replays lose. */
    private ReadModelRebuild rebuildLosingHeldWrites(int losing) {
        replayingToTheHead(processor);
        when(processor.shutdownAsync()).thenReturn(CompletableFuture.completedFuture(null));
        doAnswer(reset -> {
            readModel.forgetHeld();
            if (replays.incrementAndGet() <= losing) {
                batch(false);
                batch(true);
            }
            return null;
        }).when(processor).resetTokens();
        return rebuildOf(Map.of("read-models", processor));
    }

    /** A processor that can be reset and has reached the head. */
    private static void replayingToTheHead(StreamingEventProcessor processor) {
        EventTrackerStatus atTheHead = mock(EventTrackerStatus.class);
        when(atTheHead.getCurrentPosition()).thenReturn(OptionalLong.of(HEAD));
        doAnswer(processorStatus -> Map.of(0, atTheHead)).when(processor).processingStatus();
        when(processor.supportsReset()).thenReturn(true);
    }

    private ReadModelRebuild rebuildOf(Map<String, EventProcessor> processors) {
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessors()).thenReturn(processors);
        EventStore eventStore = mock(EventStore.class);
        when(eventStore.createHeadToken()).thenReturn(new GlobalSequenceTrackingToken(HEAD));
        return new ReadModelRebuild(processing, eventStore, client.getDatabase("portail"), Clock.systemUTC(),
                new SimpleMeterRegistry(), List.of(() -> List.of(readModel)), List.of());
    }

    /** A batch of the replay, its writes held; one that fails is rolled back. */
    private void batch(boolean failing) {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(
                List.of(GenericEventMessage.asEventMessage("lundi")));
        batch.resources().put("Processor[read-models]/Token", ReplayToken.createReplayToken(
                new GlobalSequenceTrackingToken(HEAD), new GlobalSequenceTrackingToken(1)));
        batch.executeWithResult(() -> PerBatch.holdingReplayWrites().handle(batch, () -> {
            readModel.with(writes -> {
                if (failing) {
                    throw new IllegalStateException("the batch fails");
                }
            });
            return null;
        }));
    }

    private static RebuildStatus awaitEnd(ReadModelRebuild rebuild) {
        rebuild.start();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> rebuild.status().state() != RebuildStatus.State.RUNNING);
        return rebuild.status();
    }

    @Test
    void givenAReplayThatLostItsHeldWrites_whenItEnds_thenTheRebuildReplaysAgainAndEndsWell() {
        RebuildStatus status = awaitEnd(rebuildLosingHeldWrites(1));

        assertThat(status.state()).isEqualTo(RebuildStatus.State.DONE);
        verify(processor, times(2)).resetTokens();
        assertThat(readModel.heldWritesLost()).isFalse();
    }

    @Test
    void givenReplaysThatAlwaysLoseTheirHeldWrites_whenTheThirdEnds_thenTheRebuildFailsAndSaysWhy() {
        RebuildStatus status = awaitEnd(rebuildLosingHeldWrites(Integer.MAX_VALUE));

        assertThat(status.state()).isEqualTo(RebuildStatus.State.FAILED);
        assertThat(status.message()).contains("annulés");
        verify(processor, times(3)).resetTokens();
    }

    @Test
    void givenTwoProcessorsThatStopOnlyTogether_whenARebuildStarts_thenItAsksBothToStopAndEndsWell() {
        StreamingEventProcessor live = mock(StreamingEventProcessor.class);
        StreamingEventProcessor audit = mock(StreamingEventProcessor.class);
        AtomicInteger askedToStop = new AtomicInteger();
        CompletableFuture<Void> bothAsked = new CompletableFuture<>();
        for (StreamingEventProcessor stopping : List.of(live, audit)) {
            replayingToTheHead(stopping);
            doAnswer(stop -> {
                if (askedToStop.incrementAndGet() == 2) {
                    bothAsked.complete(null);
                }
                return bothAsked;
            }).when(stopping).shutdownAsync();
            doAnswer(stop -> stopping.shutdownAsync().join()).when(stopping).shutDown();
        }

        RebuildStatus status = awaitEnd(rebuildOf(Map.of("read-models", live, "read-models-audit", audit)));

        assertThat(status.state()).isEqualTo(RebuildStatus.State.DONE);
        verify(live).resetTokens();
        verify(audit).resetTokens();
    }
}
