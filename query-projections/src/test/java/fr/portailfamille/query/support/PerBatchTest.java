package fr.portailfamille.query.support;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.mongodb.client.MongoCollection;

/** When a batch's writes reach MongoDB: at its commit, or, during a replay, once the replay has ended. */
class PerBatchTest {
    private static final TrackingToken RESET_AT = new GlobalSequenceTrackingToken(10);

    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();

    private final MongoCollection<Document> grids = mongo.database().getCollection("grids");
    private final MongoCollection<Document> days = mongo.database().getCollection("days");
    /** The interceptor of the one processor that runs the read models of these tests. */
    private final MessageHandlerInterceptor<EventMessage<?>> processor = PerBatch.holdingReplayWrites();
    private final PerBatch<BatchDocuments> perBatch = new PerBatch<>("grids",
            (payloads, held) -> BatchDocuments.prefetched(grids, payloads,
                    payload -> Stream.of((String) payload), held));

    @Test
    void givenNoReplay_whenABatchCommits_thenItsWritesAreInMongoDb() {
        batch(new GlobalSequenceTrackingToken(3), documents -> documents.get("louis").put("lundi", "VALIDATED"));

        assertThat(stored("louis")).containsEntry("lundi", "VALIDATED");
    }

    @Test
    void givenAReplay_whenBatchesCommitBeforeItsEnd_thenTheirWritesAreHeldAndWrittenOnceTheEndIsReached() {
        batch(replayAt(4), documents -> documents.get("louis").put("lundi", "REQUESTED"));
        batch(replayAt(7), documents -> documents.get("louis").put("mardi",
                documents.get("louis").getString("lundi")));
        assertThat(grids.countDocuments()).as("held during the replay").isZero();

        batch(replayAt(10), documents -> documents.get("emma").put("lundi", "VALIDATED"));

        assertThat(stored("louis")).containsEntry("lundi", "REQUESTED").containsEntry("mardi", "REQUESTED");
        assertThat(stored("emma")).containsEntry("lundi", "VALIDATED");
    }

    @Test
    void givenAReplayHoldingTheWritesOfTwoReadModels_whenItsLastBatchChangesOnlyOne_thenBothAreWritten() {
        PerBatch<BatchDocuments> dayBuffers = new PerBatch<>("days", (payloads, held) -> BatchDocuments.prefetched(
                days, payloads, payload -> Stream.of((String) payload), held));
        batch(dayBuffers, replayAt(4), documents -> documents.get("lundi").put("louis", "REQUESTED"));
        batch(replayAt(5), documents -> documents.get("louis").put("lundi", "REQUESTED"));

        batch(replayAt(10), documents -> documents.get("louis").put("mardi", "VALIDATED"));

        assertThat(stored("louis")).containsEntry("lundi", "REQUESTED").containsEntry("mardi", "VALIDATED");
        assertThat(days.find(eq("_id", "lundi")).first()).as("held, though the last batch did not change it")
                .containsEntry("louis", "REQUESTED");
    }

    @Test
    void givenAReplayHoldingWrites_whenALiveBatchOfAnotherReadModelOfItsProcessorCommits_thenTheyAreWritten() {
        PerBatch<BatchDocuments> dayBuffers = new PerBatch<>("days", (payloads, held) -> BatchDocuments.prefetched(
                days, payloads, payload -> Stream.of((String) payload), held));
        batch(replayAt(4), documents -> documents.get("louis").put("lundi", "REQUESTED"));

        batch(dayBuffers, new GlobalSequenceTrackingToken(11), documents -> documents.get("lundi")
                .put("louis", "REQUESTED"));

        assertThat(stored("louis")).containsEntry("lundi", "REQUESTED");
    }

    @Test
    void givenANewDocumentHeldByAReplay_whenALiveBatchChangesIt_thenItIsWrittenOnceWithBothChanges() {
        batch(replayAt(4), documents -> documents.get("louis").put("lundi", "REQUESTED"));

        batch(new GlobalSequenceTrackingToken(11), documents -> documents.get("louis").put("mardi", "VALIDATED"));

        assertThat(stored("louis")).containsEntry("lundi", "REQUESTED").containsEntry("mardi", "VALIDATED");
        assertThat(grids.countDocuments()).isOne();
    }

    @Test
    void givenAReplayOnAProcessorThatDoesNotHoldWrites_whenABatchCommits_thenItsWritesAreInMongoDb() {
        unitOfWork(replayAt(4)).execute(() -> perBatch.with(documents -> documents.get("louis")
                .put("lundi", "REQUESTED")));

        assertThat(stored("louis")).containsEntry("lundi", "REQUESTED");
    }

    @Test
    void givenHeldWrites_whenABatchIsRolledBack_thenWhatWasHeldIsLostAndSaidToBeUntilAReset() {
        batch(replayAt(4), documents -> documents.get("louis").put("lundi", "REQUESTED"));
        BatchingUnitOfWork<EventMessage<?>> failing = unitOfWork(replayAt(6));
        run(failing, documents -> {
            documents.get("louis").put("lundi", "CANCELLED");
            throw new IllegalStateException("the batch fails");
        });
        assertThat(failing.isRolledBack()).isTrue();

        perBatch.writeHeld();

        assertThat(grids.countDocuments()).as("the held document was changed by the batch rolled back").isZero();
        assertThat(perBatch.heldWritesLost()).isTrue();
        perBatch.forgetHeld();
        assertThat(perBatch.heldWritesLost()).isFalse();
    }

    @Test
    void givenNothingHeld_whenABatchIsRolledBack_thenNothingIsLost() {
        run(unitOfWork(new GlobalSequenceTrackingToken(3)), documents -> {
            documents.get("louis").put("lundi", "CANCELLED");
            throw new IllegalStateException("the batch fails");
        });

        assertThat(perBatch.heldWritesLost()).isFalse();
        assertThat(grids.countDocuments()).isZero();
    }

    @Test
    void givenHeldWrites_whenTheReadModelIsReset_thenTheyAreForgotten() {
        batch(replayAt(4), documents -> documents.get("louis").put("lundi", "REQUESTED"));

        perBatch.forgetHeld();
        perBatch.writeHeld();

        assertThat(grids.countDocuments()).isZero();
    }

    @Test
    void givenTwoReadModelsOverTheirBudget_whenTheOneHoldingTheMostCommitsDuringAReplay_thenOnlyItWritesWhatItHolds() {
        HeldWritesBudget threeDocuments = new HeldWritesBudget(3 * 8 * 1024 - 1);
        PerBatch<BatchDocuments> manyGrids = new PerBatch<>("grids", (payloads, held) -> BatchDocuments.prefetched(
                grids, payloads, payload -> Stream.of((String) payload), held), threeDocuments);
        PerBatch<BatchDocuments> fewDays = new PerBatch<>("days", (payloads, held) -> BatchDocuments.prefetched(
                days, payloads, payload -> Stream.of((String) payload), held), threeDocuments);

        batch(manyGrids, replayAt(4), documents -> {
            documents.get("louis").put("lundi", "REQUESTED");
            documents.get("emma").put("lundi", "REQUESTED");
        });
        batch(fewDays, replayAt(5), documents -> documents.get("lundi").put("louis", "REQUESTED"));
        assertThat(grids.countDocuments() + days.countDocuments()).as("over budget, but the grids hold more").isZero();

        batch(manyGrids, replayAt(6), documents -> documents.get("hugo").put("mardi", "REQUESTED"));

        assertThat(grids.countDocuments()).as("the grids hold the most: written").isEqualTo(3);
        assertThat(days.countDocuments()).as("the days hold less: still held").isZero();
        batch(fewDays, replayAt(7), documents -> documents.get("mardi").put("hugo", "REQUESTED"));
        assertThat(days.countDocuments()).as("within the budget again").isZero();
        fewDays.writeHeld();
        assertThat(days.countDocuments()).isEqualTo(2);
    }

    @Test
    void givenABatchThatTwoReadModelsUse_whenTheyMakeTheirBuffers_thenEachPayloadIsReadOnceForBoth() {
        AtomicInteger payloadReads = new AtomicInteger();
        EventMessage<String> louisRequested = new GenericEventMessage<>("louis") {
            @Override
            public String getPayload() {
                payloadReads.incrementAndGet();
                return super.getPayload();
            }
        };
        List<List<Object>> payloadsGiven = new ArrayList<>();
        PerBatch<BatchDocuments> gridBuffers = new PerBatch<>("grids", (payloads, held) -> {
            payloadsGiven.add(payloads);
            return BatchDocuments.prefetched(grids, payloads, payload -> Stream.of((String) payload), held);
        });
        PerBatch<BatchDocuments> dayBuffers = new PerBatch<>("days", (payloads, held) -> {
            payloadsGiven.add(payloads);
            return BatchDocuments.prefetched(days, payloads, payload -> Stream.of("lundi"), held);
        });
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(List.of(louisRequested));
        unitOfWork.resources().put("Processor[read-models]/Token", new GlobalSequenceTrackingToken(3));

        unitOfWork.executeWithResult(() -> processor.handle(unitOfWork, () -> {
            gridBuffers.with(documents -> documents.get("louis").put("lundi", "REQUESTED"));
            dayBuffers.with(documents -> documents.get("lundi").put("louis", "REQUESTED"));
            return null;
        }));

        assertThat(payloadsGiven).containsExactly(List.of("louis"), List.of("louis"));
        assertThat(payloadReads).hasValue(1);
        assertThat(stored("louis")).containsEntry("lundi", "REQUESTED");
        assertThat(days.find(eq("_id", "lundi")).first()).containsEntry("louis", "REQUESTED");
    }

    private static TrackingToken replayAt(long position) {
        return ReplayToken.createReplayToken(RESET_AT, new GlobalSequenceTrackingToken(position));
    }

    /** A batch of a processor that holds replay writes. */
    private void batch(TrackingToken tokenAfter, Consumer<BatchDocuments> work) {
        batch(perBatch, tokenAfter, work);
    }

    private void batch(PerBatch<BatchDocuments> readModel, TrackingToken tokenAfter,
                              Consumer<BatchDocuments> work) {
        run(readModel, unitOfWork(tokenAfter), work);
    }

    private void run(BatchingUnitOfWork<EventMessage<?>> unitOfWork, Consumer<BatchDocuments> work) {
        run(perBatch, unitOfWork, work);
    }

    private void run(PerBatch<BatchDocuments> readModel, BatchingUnitOfWork<EventMessage<?>> unitOfWork,
                     Consumer<BatchDocuments> work) {
        unitOfWork.executeWithResult(() -> processor.handle(unitOfWork, () -> {
            readModel.with(work);
            return null;
        }));
    }

    /** A batch as a processor runs it: the token it will store after the batch is one of its resources. */
    private static BatchingUnitOfWork<EventMessage<?>> unitOfWork(TrackingToken tokenAfter) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(
                List.of(GenericEventMessage.asEventMessage("louis")));
        unitOfWork.resources().put("Processor[read-models]/Token", tokenAfter);
        return unitOfWork;
    }

    private Document stored(String id) {
        return grids.find(eq("_id", id)).first();
    }
}
