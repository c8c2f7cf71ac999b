package fr.portailfamille.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;

import fr.portailfamille.benchmarks.BenchmarkBeans.CommandCounter;
import fr.portailfamille.benchmarks.CommuneWorkload.Child;
import fr.portailfamille.domain.catalogue.DemoCommune;
import fr.portailfamille.query.support.HeldWritesBudget;
import fr.portailfamille.query.support.ReadModelGroups;
import fr.portailfamille.web.replay.ReadModelRebuild;
import fr.portailfamille.web.replay.RebuildStatus;
import fr.portailfamille.web.reservation.ChildReservations;
import fr.portailfamille.web.reservation.GridComposer;

/**
 * Generates a commune's school year through the portal's commands, then measures what the 09:30 rush and a rebuild
 * ask of it, and prints the table. Usage: {@code java -jar benchmarks-exec.jar [--families=2000] [--children=3000]
 * [--parents=20] [--submissions=10] [--queries=1000] [--defaults-seconds=60] [--threads=8] [--warmups=1]
 * [--rebuilds=3]}.
 */
public final class Benchmark {
    private static final Instant AUGUST = Instant.parse("2026-08-24T06:00:00Z");
    private static final Instant AFTER_DECEMBER_CLOSE = Instant.parse("2027-01-05T06:00:00Z");
    private static final LocalDate SUBMISSIONS_FROM = LocalDate.of(2027, 2, 1);
    private static final YearMonth GRID_MONTH = YearMonth.of(2027, 3);
    private static final Duration POLL = Duration.ofMillis(100);
    /** The read models whose share of the store's floor is printed, the largest first. */
    private static final int LARGEST_SHOWN = 4;
    private static final int THREAD_GROUPS_SHOWN = 8;

    private final BenchmarkOptions options;

    Benchmark(BenchmarkOptions options) {
        this.options = options;
    }

    public static void main(String[] args) {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        System.out.printf("Commune of %d families and %d children, a heap of at most %.1f GiB: generating its "
                + "school year...%n", options.families(), options.children(),
                Runtime.getRuntime().maxMemory() / (double) (1L << 30));
        System.out.print(new Benchmark(options).run().table());
        System.exit(0);
    }

    BenchmarkResults run() {
        Path dataDir = temporaryDirectory();
        try {
            return measure(dataDir);
        } finally {
            delete(dataDir);
        }
    }

    private BenchmarkResults measure(Path dataDir) {
        Instant endOfRun;
        BenchmarkResults ours;
        try (Portal portal = Portal.start(dataDir, AUGUST, Map.of())) {
            portal.awaitReadModels();
            Progress.done("portal started");
            CommuneWorkload workload = new CommuneWorkload(portal, options.families(), options.children(),
                    options.threads());
            long commandsBefore = portal.bean(CommandCounter.class).sent().sum();
            long headBefore = portal.headPosition();
            long startedAt = System.nanoTime();
            workload.run();
            double workloadSeconds = (System.nanoTime() - startedAt) / 1e9;
            long commands = portal.bean(CommandCounter.class).sent().sum() - commandsBefore;
            long appended = portal.headPosition() - headBefore;

            ((WorkloadClock) portal.bean(Clock.class)).moveTo(AFTER_DECEMBER_CLOSE);
            // the submissions are measured on their own, not behind what the last close left to the read models
            portal.awaitReadModels();
            for (int warmup = 1; warmup <= options.warmups(); warmup++) {
                submissionRound(portal, workload, warmup, "warm-up grid submissions, not measured");
                portal.awaitReadModels();
            }
            Latencies submissions = submissionRound(portal, workload, 0, "grid submissions");
            portal.awaitReadModels();
            Latencies gridQueries = gridQueries(portal, workload.children());
            Progress.done("grid queries");
            long head = portal.headPosition();
            long events = head + 1;
            for (int warmup = 0; warmup < options.warmups(); warmup++) {
                ReplayTimes times = ReplayTimes.of(portal);
                RebuildStatus replay = rebuild(portal.bean(ReadModelRebuild.class), Duration.ofHours(1), times::look);
                Progress.done(String.format("warm-up rebuild, not measured: %.0f events/s (back at the head: %s)",
                        replay.eventsPerSecond(), times));
            }
            List<Double> rawRates = new ArrayList<>();
            List<Double> replayRates = new ArrayList<>();
            boolean identical = true;
            for (int run = 0; run < options.rebuilds(); run++) {
                rawRates.add(rawRead(portal, head));
                Progress.done(String.format("raw read of %d events: %.0f events/s", events, rawRates.get(run)));
                try (CollectorPauses pauses = CollectorPauses.watching()) {
                    ThreadCpu cpu = ThreadCpu.fromNow();
                    ReplayTimes times = ReplayTimes.of(portal);
                    long writtenEarlyBefore = HeldWritesBudget.OF_THE_HEAP.writesBeforeTheEnd();
                    RebuildStatus replay = rebuild(portal.bean(ReadModelRebuild.class), Duration.ofHours(1),
                            times::look);
                    long writtenEarly = HeldWritesBudget.OF_THE_HEAP.writesBeforeTheEnd() - writtenEarlyBefore;
                    replayRates.add(replay.eventsPerSecond());
                    identical &= replay.identical();
                    // the groups add up to the process's CPU
                    Map<String, Double> cpuByGroup = cpu.millisByGroup();
                    Progress.done(String.format("rebuild: %.0f events/s (back at the head: %s), %s %s; held writes "
                                    + "written before the end: %d; %s; %.1f µs of CPU per event, the comparison "
                                    + "of the read models included (%s; allocated: %s)", replay.eventsPerSecond(),
                            times, replay.message(), replay.differingReadModels(), writtenEarly, pauses,
                            cpuByGroup.values().stream().mapToDouble(Double::doubleValue).sum() * 1e3 / events,
                            ThreadCpu.largest(cpuByGroup, THREAD_GROUPS_SHOWN, 1e3, "s"),
                            ThreadCpu.largest(cpu.megabytesAllocatedByGroup(), THREAD_GROUPS_SHOWN, 1e3, "GB")));
                }
            }
            Map<String, Double> floorByCollection = ReadModelWriteFloor.secondsByCollection(
                    portal.bean(MongoClient.class), portal.bean(MongoDatabase.class));
            double writeFloor = floorByCollection.values().stream().mapToDouble(Double::doubleValue).sum();
            Progress.done(String.format("rebuilt read models written once as inserts: %.1f s (largest: %s)", writeFloor,
                    floorByCollection.entrySet().stream().limit(LARGEST_SHOWN)
                            .map(collection -> String.format("%s %.2f s", collection.getKey(), collection.getValue()))
                            .collect(Collectors.joining(", "))));
            endOfRun = portal.bean(Clock.class).instant();
            placeDefaultProcessorsAtTheHead(portal);
            ours = new BenchmarkResults(events, workloadSeconds, commands / workloadSeconds,
                    appended / workloadSeconds, submissions.percentileMillis(50), submissions.percentileMillis(99),
                    median(rawRates), median(replayRates), writeFloor, Double.NaN, gridQueries.percentileMillis(50),
                    gridQueries.percentileMillis(99), identical);
        }
        double defaultsRate = replayWithAxonDefaults(dataDir, endOfRun);
        Progress.done("replay with Axon's defaults");
        return ours.withDefaultsReplay(defaultsRate);
    }

    /**
     * A round of grid submissions, told with its p50, its p99, the collector's pauses during it and the CPU time the
     * process spent during it per submission.
     */
    private Latencies submissionRound(Portal portal, CommuneWorkload workload, int round, String step) {
        try (CollectorPauses pauses = CollectorPauses.watching()) {
            ProcessCpu cpu = ProcessCpu.fromNow();
            Latencies latencies = gridSubmissions(portal, workload, round);
            Progress.done(String.format("%s: p50 %.0f ms, p99 %.0f ms; %s; %.1f ms of CPU per submission", step,
                    latencies.percentileMillis(50), latencies.percentileMillis(99), pauses,
                    cpu.millisSpent() / latencies.count()));
            return latencies;
        }
    }

    /**
     * Each parent, at the same time as the others, sends 20 changes of a child's grid and waits for the answer. Each
     * round draws its own children and changes: a warm-up round does not make the measured one's changes its own.
     */
    private Latencies gridSubmissions(Portal portal, CommuneWorkload workload, int round) {
        ChildReservations reservations = portal.bean(ChildReservations.class);
        List<Child> children = workload.children();
        Latencies latencies = new Latencies();
        Parallel.forEach(IntStream.range(0, options.parents()).boxed().toList(), options.parents(), parent -> {
            Random random = new Random((long) round * options.parents() + parent);
            for (int i = 0; i < options.submissionsPerParent(); i++) {
                Child child = children.get(random.nextInt(children.size()));
                var changes = workload.gridSubmission(random, SUBMISSIONS_FROM.plusWeeks(random.nextInt(8)));
                long sentAt = System.nanoTime();
                CommuneWorkload.asParent(child, () -> reservations.change(child.childId(), DemoCommune.RS, changes));
                latencies.record(sentAt);
            }
        });
        return latencies;
    }

    /** The month grid a parent opens, composed as the page composes it. */
    private Latencies gridQueries(Portal portal, List<Child> children) {
        GridComposer composer = portal.bean(GridComposer.class);
        Random random = new Random(7);
        Latencies latencies = new Latencies();
        for (int i = 0; i < options.gridQueries(); i++) {
            Child child = children.get(random.nextInt(children.size()));
            long sentAt = System.nanoTime();
            composer.compose(child.childId(), DemoCommune.RS, GRID_MONTH, new GridComposer.Viewer(true, false), null,
                    Map.of());
            latencies.record(sentAt);
        }
        return latencies;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /**
     * Events per second of one sequential read of the whole store, each event's payload deserialized, up to the event
     * at {@code head}. It stops there and waits for nothing more: it used to wait for as many events as the head's
     * position plus one, but this store numbers its events from 1, so every read ended on the stream's one-second
     * wait for an event that does not exist.
     */
    private static double rawRead(Portal portal, long head) {
        long startedAt = System.nanoTime();
        long read = 0;
        try (BlockingStream<TrackedEventMessage<?>> stream = portal.eventStore().openStream(null)) {
            while (stream.hasNextAvailable(1, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                event.getPayload();
                read++;
                if (event.trackingToken().position().orElse(head) >= head) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return read / ((System.nanoTime() - startedAt) / 1e9);
    }

    /**
     * Starts the portal's own rebuild and follows it until it ends or {@code limit} has passed since the reset, running
     * {@code eachLook} each time it looks.
     */
    private static RebuildStatus rebuild(ReadModelRebuild rebuild, Duration limit, Runnable eachLook) {
        rebuild.start();
        Long replayingSince = null;
        while (true) {
            eachLook.run();
            RebuildStatus status = rebuild.status();
            if (status.state() != RebuildStatus.State.RUNNING) {
                return status;
            }
            if (replayingSince == null && status.eventsPerSecond() > 0) {
                replayingSince = System.nanoTime();
            }
            if (replayingSince != null && System.nanoTime() - replayingSince > limit.toNanos()) {
                return status;
            }
            Portal.sleep(POLL);
        }
    }

    /**
     * Axon's defaults run a processor per processing group, under names the portal's own processors do not use: they
     * start at the head, as on a portal that has run that way all along, so that what is measured is their replay.
     */
    private static void placeDefaultProcessorsAtTheHead(Portal portal) {
        TokenStore tokens = portal.bean(TokenStore.class);
        TrackingToken head = portal.eventStore().createHeadToken();
        ReadModelGroups.ALL.forEach(group -> tokens.initializeTokenSegments(group, 1, head));
    }

    /** The same store replayed with Axon's defaults: tracking processors, batch size 1, one segment. */
    private double replayWithAxonDefaults(Path dataDir, Instant clockStart) {
        try (Portal portal = Portal.start(dataDir, clockStart, Map.of("portail.processing.mode", "tracking",
                "portail.processing.batch-size", "1", "portail.processing.segments", "1"))) {
            portal.awaitReadModels();
            return rebuild(portal.bean(ReadModelRebuild.class), Duration.ofSeconds(options.defaultsSeconds()), () -> {
            }).eventsPerSecond();
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("portail-benchmark");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
