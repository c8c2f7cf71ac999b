package fr.portailfamille.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every number of the table, and whether the rebuilt read models equal the live ones. {@code writeFloorSeconds} is the
 * least time the store takes to write the rebuilt read models ({@link ReadModelWriteFloor}).
 */
record BenchmarkResults(long events, double workloadSeconds, double commandsPerSecond, double eventsAppendedPerSecond,
                        double submissionP50Millis, double submissionP99Millis, double rawReadEventsPerSecond,
                        double replayEventsPerSecond, double writeFloorSeconds, double defaultsReplayEventsPerSecond,
                        double gridQueryP50Millis, double gridQueryP99Millis, boolean replayIdentical) {

    BenchmarkResults withDefaultsReplay(double eventsPerSecond) {
        return new BenchmarkResults(events, workloadSeconds, commandsPerSecond, eventsAppendedPerSecond,
                submissionP50Millis, submissionP99Millis, rawReadEventsPerSecond, replayEventsPerSecond,
                writeFloorSeconds, eventsPerSecond, gridQueryP50Millis, gridQueryP99Millis, replayIdentical);
    }

    double replayOverRaw() {
        return replayEventsPerSecond / rawReadEventsPerSecond;
    }

    /** The fastest replay the store allows: all events within the time it takes to write the read models once. */
    double replayBoundByWrites() {
        return events / writeFloorSeconds;
    }

    double oursOverDefaults() {
        return replayEventsPerSecond / defaultsReplayEventsPerSecond;
    }

    /** The table's rows: what was measured and its value, in the order printed. */
    Map<String, Double> rows() {
        Map<String, Double> rows = new LinkedHashMap<>();
        rows.put("commands per second (workload)", commandsPerSecond);
        rows.put("grid submission of 20 changes, p50 (ms), 20 parents at once", submissionP50Millis);
        rows.put("grid submission of 20 changes, p99 (ms), 20 parents at once", submissionP99Millis);
        rows.put("events appended per second (workload)", eventsAppendedPerSecond);
        rows.put("raw sequential read of the event store (events/s)", rawReadEventsPerSecond);
        rows.put("replay of all read models (events/s)", replayEventsPerSecond);
        rows.put("ratio replay / raw read", replayOverRaw());
        rows.put("writing the rebuilt read models once, as inserts (s)", writeFloorSeconds);
        rows.put("replay bound by that writing (events/s)", replayBoundByWrites());
        rows.put("ratio of that bound / raw read", replayBoundByWrites() / rawReadEventsPerSecond);
        rows.put("replay with Axon's defaults: tracking, batch 1, 1 segment (events/s)",
                defaultsReplayEventsPerSecond);
        rows.put("ratio ours / Axon's defaults", oursOverDefaults());
        rows.put("grid query, p50 (ms)", gridQueryP50Millis);
        rows.put("grid query, p99 (ms)", gridQueryP99Millis);
        return rows;
    }

    String table() {
        StringBuilder table = new StringBuilder(String.format("%n%-72s %14s%n", "measure", "value"));
        table.append("-".repeat(87)).append('\n');
        rows().forEach((name, value) -> table.append(String.format("%-72s %14.2f%n", name, value)));
        table.append("-".repeat(87)).append('\n');
        table.append(String.format("%d events, workload %.0f s; rebuilt read models identical to the live ones: %s%n",
                events, workloadSeconds, replayIdentical ? "yes" : "NO"));
        return table.toString();
    }
}
