package fr.portailfamille.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

class ThreadCpuTest {

    @Test
    void givenThreadNames_whenGrouped_thenTheirNumberIsDropped() {
        assertThat(ThreadCpu.group("WorkPackage[read-models-audit]-0")).isEqualTo("WorkPackage[read-models-audit]");
        assertThat(ThreadCpu.group("mongo-server-worker12")).isEqualTo("mongo-server-worker");
        assertThat(ThreadCpu.group("GC Thread#1")).isEqualTo("GC Thread");
        assertThat(ThreadCpu.group("read-model-rebuild")).isEqualTo("read-model-rebuild");
    }

    @Test
    void givenTwoThreadsOfAGroupBusyAfterTheStart_whenAsked_thenTheGroupHasTheirCpuAndTheLargestComesFirst()
            throws InterruptedException {
        ThreadCpu cpu = ThreadCpu.fromNow();
        CountDownLatch busyEnough = new CountDownLatch(2);
        CountDownLatch measured = new CountDownLatch(1);
        for (int worker = 1; worker <= 2; worker++) {
            Thread thread = new Thread(() -> {
                spinFor(150_000_000L);
                busyEnough.countDown();
                await(measured);
            }, "busy-worker-" + worker);
            thread.setDaemon(true);
            thread.start();
        }
        busyEnough.await();

        Map<String, Double> byGroup = cpu.millisByGroup();
        measured.countDown();

        assertThat(byGroup.get("busy-worker")).isGreaterThanOrEqualTo(250.0);
        assertThat(byGroup).containsKey(ThreadCpu.REST_OF_THE_JVM);
        assertThat(List.copyOf(byGroup.values())).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(ThreadCpu.largest(byGroup, 1, 1e3, "s")).startsWith(byGroup.keySet().iterator().next() + " ")
                .endsWith(" s");
    }

    @Test
    void givenAThreadAllocatingAfterTheStart_whenAsked_thenItsGroupHasAllocatedAtLeastThat() {
        ThreadCpu cpu = ThreadCpu.fromNow();
        long kept = 0;
        for (int array = 0; array < 64; array++) {
            kept += new byte[1 << 20].length;
        }

        assertThat(kept).isEqualTo(64L << 20);
        assertThat(cpu.megabytesAllocatedByGroup().get(ThreadCpu.group(Thread.currentThread().getName())))
                .isGreaterThanOrEqualTo(64 * 1.048576);
    }

    @Test
    void givenLinuxThreadNamesAndStats_whenRead_thenTheCollectorsAndTheCompilersAreKnownAndTheirTicksFound() {
        assertThat(ThreadCpu.jvmThreadKind("GC Thread#1")).isEqualTo(ThreadCpu.COLLECTOR);
        assertThat(ThreadCpu.jvmThreadKind("G1 Conc#0")).isEqualTo(ThreadCpu.COLLECTOR);
        assertThat(ThreadCpu.jvmThreadKind("C2 CompilerThre")).isEqualTo(ThreadCpu.COMPILER);
        assertThat(ThreadCpu.jvmThreadKind("WorkPackage[rea")).isNull();
        String stat = "4242 (C2 CompilerThre) S 1 1 1 0 -1 4194368 0 0 0 0 1234 56 0 0 20 0 1 0 100 0 0";

        assertThat(ThreadCpu.statField(stat, 14)).isEqualTo(1234);
        assertThat(ThreadCpu.statField(stat, 15)).isEqualTo(56);
    }

    /** Spins until the thread itself has spent {@code cpuNanos} of CPU. */
    private static void spinFor(long cpuNanos) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long until = threads.getCurrentThreadCpuTime() + cpuNanos;
        while (threads.getCurrentThreadCpuTime() < until) {
            Thread.onSpinWait();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
