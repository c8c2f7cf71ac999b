package fr.portailfamille.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.junit.jupiter.api.Test;

class ProcessCpuTest {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void theCpuTimeOfAThreadOfTheProcessIsCountedFromTheStart() {
        long startedAt = System.nanoTime();
        ProcessCpu cpu = ProcessCpu.fromNow();
        long until = THREADS.getCurrentThreadCpuTime() + 200_000_000L;
        long spins = 0;
        while (THREADS.getCurrentThreadCpuTime() < until) {
            spins++;
        }

        double spent = cpu.millisSpent();
        double wallMillis = (System.nanoTime() - startedAt) / 1e6;

        assertThat(spins).isPositive();
        assertThat(spent).as("this thread's 200 ms of CPU and whatever the others spent, in milliseconds")
                .isGreaterThanOrEqualTo(190).isLessThan(10 * wallMillis);
    }
}
