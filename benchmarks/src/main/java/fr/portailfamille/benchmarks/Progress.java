package fr.portailfamille.benchmarks;

/** Tells on the console what the benchmark has just done and how long it took, so that a long run shows its way. */
final class Progress {
    private static long last = System.nanoTime();

    private Progress() {
    }

    static synchronized void done(String step) {
        long now = System.nanoTime();
        System.out.printf("  %-60s %8.1f s%n", step, (now - last) / 1e9);
        last = now;
    }
}
