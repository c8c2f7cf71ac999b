package fr.portailfamille.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CollectorPausesTest {

    @Test
    void aCollectionWhileWatchingIsCountedAndNoneAfterTheWatchIsClosed() throws InterruptedException {
        CollectorPauses pauses = CollectorPauses.watching();
        try (pauses) {
            System.gc();
            awaitCount(pauses, 1);
            assertThat(pauses.count()).isPositive();
            assertThat(pauses.longestMillis()).isNotNegative().isLessThanOrEqualTo(pauses.totalMillis());
            assertThat(pauses.toString()).startsWith("collector paused " + pauses.count() + " times, ");
        }
        int countedWhileWatching = pauses.count();
        System.gc();
        Thread.sleep(500);
        assertThat(pauses.count()).as("collections after the watch").isEqualTo(countedWhileWatching);
    }

    /** The collector tells of a collection on a thread of its own, shortly after it. */
    private static void awaitCount(CollectorPauses pauses, int count) throws InterruptedException {
        long giveUpAt = System.nanoTime() + 5_000_000_000L;
        while (pauses.count() < count && System.nanoTime() < giveUpAt) {
            Thread.sleep(10);
        }
    }
}
