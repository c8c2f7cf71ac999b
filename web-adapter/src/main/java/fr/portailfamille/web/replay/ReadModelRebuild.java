package fr.portailfamille.web.replay;

import static com.mongodb.client.model.Filters.eq;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;

import fr.portailfamille.query.support.HeldReplayWrites;
import fr.portailfamille.query.support.HeldWritesBudget;
import fr.portailfamille.query.support.PerBatch;
import fr.portailfamille.query.support.ReshapedReadModel;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Rebuilds every replayable read model from the event store: fingerprints the live read models, resets every
 * streaming processor's tokens (their reset handlers clear the collections), follows the replay with progress,
 * rate and time left, then compares the rebuilt read models with the fingerprints taken before. A rebuild under way
 * is marked in MongoDB until it is done: the read models hold their writes during a replay, so a rebuild that a
 * crash interrupted has lost some of them, and starts again from the beginning when the application starts.
 */
@Service
public class ReadModelRebuild {
    private static final Logger LOG = LoggerFactory.getLogger(ReadModelRebuild.class);
    private static final Duration POLL = Duration.ofMillis(50);
    static final String MARKER_COLLECTION = "portail_rebuild";
    private static final String UNDER_WAY = "under-way";
    private static final int REPLAYS_AT_MOST = 3;

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final MongoDatabase database;
    private final Clock clock;
    private final List<HeldReplayWrites> heldWrites;
    private final List<ReshapedReadModel> reshaped;
    private final MongoCollection<Document> marker;
    private final AtomicReference<RebuildStatus> status = new AtomicReference<>(RebuildStatus.IDLE);

    public ReadModelRebuild(EventProcessingConfiguration processing, @Qualifier("eventStore") EventStore eventStore,
                            MongoDatabase database, Clock clock, MeterRegistry meters,
                            List<HeldReplayWrites> heldWrites, List<ReshapedReadModel> reshaped) {
        this.processing = processing;
        this.heldWrites = heldWrites;
        this.reshaped = reshaped;
        this.marker = database.getCollection(MARKER_COLLECTION);
        this.eventStore = eventStore;
        this.database = database;
        this.clock = clock;
        Gauge.builder("portail.replay.progress", () -> status.get().percent()).baseUnit("percent")
                .description("Progress of the read-model rebuild").register(meters);
        Gauge.builder("portail.replay.rate", () -> status.get().eventsPerSecond()).baseUnit("events/s")
                .description("Events replayed per second").register(meters);
    }

    public RebuildStatus status() {
        return status.get();
    }

    /** Starts a rebuild in the background unless one is running; answers the status right after the start. */
    public RebuildStatus start() {
        return start(Cause.STAFF);
    }

    /** Why a rebuild runs: staff asked, or the application started on read models it must rebuild. */
    private enum Cause { STAFF, INTERRUPTED, EARLIER_SHAPE }

    /**
     * Starts again a rebuild that a stop of the application interrupted, if there is one; otherwise rebuilds read
     * models an earlier version stored in another shape.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void rebuildIfTheStartNeedsIt() {
        if (marker.find(eq("_id", UNDER_WAY)).first() != null) {
            LOG.warn("A rebuild of the read models was interrupted: starting it again");
            start(Cause.INTERRUPTED);
        } else if (reshaped.stream().anyMatch(ReshapedReadModel::holdsEarlierShape)) {
            LOG.warn("Read models stored by an earlier version in another shape: rebuilding them");
            start(Cause.EARLIER_SHAPE);
        }
    }

    private synchronized RebuildStatus start(Cause cause) {
        if (status.get().state() == RebuildStatus.State.RUNNING) {
            return status.get();
        }
        Instant startedAt = clock.instant();
        long head = headPosition();
        marker.replaceOne(eq("_id", UNDER_WAY), new Document("_id", UNDER_WAY).append("startedAt",
                startedAt.toString()), new ReplaceOptions().upsert(true));
        status.set(new RebuildStatus(RebuildStatus.State.RUNNING, startedAt, null, head, 0, 0, 0, 0, List.of(), 0,
                "Reconstruction en cours"));
        Thread worker = new Thread(() -> run(startedAt, head, cause), "read-model-rebuild");
        worker.setDaemon(true);
        worker.start();
        return status.get();
    }

    /**
     * Only a rebuild staff asked for compares the rebuilt read models with the live ones: those a resumed rebuild
     * found were half rebuilt, those of an earlier version have another shape. Nor does a rebuild during which events
     * were appended.
     */
    private void run(Instant startedAt, long head, Cause cause) {
        boolean comparable = cause == Cause.STAFF;
        try {
            List<StreamingEventProcessor> processors = replayableProcessors();
            Map<String, String> before = comparable ? liveFingerprints(processors, head, startedAt) : Map.of();
            LOG.info("Rebuilding the read models of {} processors from {} events", processors.size(), head + 1);
            Instant replayStartedAt = replay(processors, head, startedAt);
            reportProgress(startedAt, replayStartedAt, head, head);
            Map<String, String> after = comparable ? ReadModelDigest.of(database) : Map.of();
            // events appended meanwhile are in one of the fingerprints and not the other: comparing means nothing
            boolean compared = comparable && headPosition() == head;
            List<String> differing = compared ? before.keySet().stream()
                    .filter(collection -> !before.get(collection).equals(after.get(collection))).toList() : List.of();
            RebuildStatus running = status.get();
            status.set(new RebuildStatus(RebuildStatus.State.DONE, startedAt, clock.instant(), head,
                    running.processedEvents(), 100, running.eventsPerSecond(), 0, differing,
                    compared ? before.size() : 0, outcome(cause, compared, differing)));
            marker.deleteOne(eq("_id", UNDER_WAY));
            LOG.info("Read models rebuilt: {} compared, differing: {}", compared ? before.size() : 0, differing);
        } catch (RuntimeException | InterruptedException e) {
            LOG.error("Read-model rebuild failed", e);
            RebuildStatus running = status.get();
            status.set(new RebuildStatus(RebuildStatus.State.FAILED, startedAt, clock.instant(), head,
                    running.processedEvents(), running.percent(), 0, 0, List.of(), 0,
                    "La reconstruction a échoué : " + e.getMessage()));
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Resets the processors and follows their replay to {@code head}; replays again, up to {@link #REPLAYS_AT_MOST}
     * times in all, while a read model lost the writes it held (a batch rolled back). Answers when the last replay
     * started: the rate counts from there, fingerprinting the live read models is not replay.
     */
    private Instant replay(List<StreamingEventProcessor> processors, long head, Instant startedAt)
            throws InterruptedException {
        for (int replay = 1; ; replay++) {
            Instant replayStartedAt = clock.instant();
            long writtenEarlyBefore = HeldWritesBudget.OF_THE_HEAP.writesBeforeTheEnd();
            // each stop waits for its coordinator and work packages to end: they end together
            CompletableFuture.allOf(processors.stream().map(StreamingEventProcessor::shutdownAsync)
                    .toArray(CompletableFuture[]::new)).join();
            for (StreamingEventProcessor processor : processors) {
                processor.resetTokens();
                processor.start();
            }
            Instant restartedAt = clock.instant();
            awaitCaughtUp(processors, head, startedAt, replayStartedAt);
            Instant caughtUpAt = clock.instant();
            // a replay that ends on events its read models skip never learns it has ended: write what it holds
            heldWrites.forEach(readModel -> readModel.heldWrites().forEach(PerBatch::writeHeld));
            LOG.info("Replay {}: processors reset in {} ms, caught up {} ms later, held writes written in {} ms",
                    replay, Duration.between(replayStartedAt, restartedAt).toMillis(),
                    Duration.between(restartedAt, caughtUpAt).toMillis(),
                    Duration.between(caughtUpAt, clock.instant()).toMillis());
            warnIfWrittenEarly(HeldWritesBudget.OF_THE_HEAP.writesBeforeTheEnd() - writtenEarlyBefore);
            if (heldWrites.stream().flatMap(readModel -> readModel.heldWrites().stream())
                    .noneMatch(PerBatch::heldWritesLost)) {
                return replayStartedAt;
            }
            if (replay == REPLAYS_AT_MOST) {
                throw new IllegalStateException("des lots rejoués ont été annulés " + REPLAYS_AT_MOST + " fois");
            }
            LOG.warn("A batch of the replay was rolled back and the writes its read model held are lost: "
                    + "replaying again");
        }
    }

    /**
     * A read model that writes what it holds before the end of a replay reads those documents back and writes them
     * again later: the full commune's replay ran at 12,425 to 15,576 events/s in a heap of 6 GB, 16,882 and 17,829 in
     * one of 12.
     */
    private static void warnIfWrittenEarly(long times) {
        if (times > 0) {
            LOG.warn("The read models' held writes spent their budget of {} MB (a quarter of the heap) and were "
                    + "written before the end of the replay ({} in all): a larger heap (-Xms, -Xmx) would hold them "
                    + "to the end", HeldWritesBudget.OF_THE_HEAP.bytes() >> 20, times);
        }
    }

    private static String outcome(Cause cause, boolean compared, List<String> differing) {
        if (cause == Cause.INTERRUPTED) {
            return "Reconstruction interrompue par un arrêt, reprise et terminée.";
        }
        if (cause == Cause.EARLIER_SHAPE) {
            return "Vues enregistrées par une version précédente, reconstruites au démarrage.";
        }
        if (!compared) {
            return "Reconstruction terminée. Des changements enregistrés pendant la reconstruction empêchent de la "
                    + "comparer aux vues d'avant : relancez-la à un moment calme pour la comparer.";
        }
        return differing.isEmpty() ? "Reconstruction terminée : les vues reconstruites sont identiques."
                : "Reconstruction terminée : des vues diffèrent.";
    }

    /** The fingerprints of the live read models, once they have caught up with {@code head}. */
    private Map<String, String> liveFingerprints(List<StreamingEventProcessor> processors, long head,
                                                 Instant startedAt) throws InterruptedException {
        awaitCaughtUp(processors, head, startedAt, null);
        return ReadModelDigest.of(database);
    }

    private List<StreamingEventProcessor> replayableProcessors() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .filter(StreamingEventProcessor::supportsReset).toList();
    }

    /**
     * Waits until every processor has reached {@code head}; reports progress once a replay has started. Reaching it is
     * enough: a processor that has handled {@code head} may still call itself replaying for seconds, until its
     * coordinator next looks for events.
     */
    private void awaitCaughtUp(List<StreamingEventProcessor> processors, long head, Instant startedAt,
                               Instant replayStartedAt) throws InterruptedException {
        long lastLog = 0;
        while (true) {
            long slowest = processors.stream().mapToLong(ReadModelRebuild::position).min().orElse(head);
            if (replayStartedAt != null) {
                reportProgress(startedAt, replayStartedAt, head, slowest);
                if (clock.millis() - lastLog > 5_000) {
                    RebuildStatus current = status.get();
                    LOG.info("Rebuild {}% ({} events/s, {} s left)", Math.round(current.percent()),
                            Math.round(current.eventsPerSecond()), current.secondsLeft());
                    lastLog = clock.millis();
                }
            }
            if (slowest >= head) {
                return;
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private void reportProgress(Instant startedAt, Instant replayStartedAt, long head, long slowest) {
        long processed = Math.max(0, slowest + 1);
        double seconds = Math.max(0.001, Duration.between(replayStartedAt, clock.instant()).toMillis() / 1000.0);
        double rate = processed / seconds;
        double percent = head < 0 ? 100 : Math.min(100, 100.0 * processed / (head + 1));
        long left = rate <= 0 ? 0 : Math.round((head + 1 - processed) / rate);
        status.set(new RebuildStatus(RebuildStatus.State.RUNNING, startedAt, null, head, processed, percent, rate,
                Math.max(0, left), List.of(), 0, "Reconstruction en cours"));
    }

    private static long position(StreamingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        if (segments.isEmpty()) {
            return -1;
        }
        return segments.values().stream().mapToLong(segment -> segment.getCurrentPosition().orElse(-1)).min()
                .orElse(-1);
    }

    private long headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }
}
