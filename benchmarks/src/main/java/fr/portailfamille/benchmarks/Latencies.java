package fr.portailfamille.benchmarks;

import java.util.concurrent.ConcurrentLinkedQueue;

/** Latencies of repeated operations, in nanoseconds, recorded from any thread. */
final class Latencies {
    private final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();

    void record(long startedAt) {
        nanos.add(System.nanoTime() - startedAt);
    }

    int count() {
        return nanos.size();
    }

    /** The {@code percent} percentile in milliseconds (nearest rank). */
    double percentileMillis(double percent) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
