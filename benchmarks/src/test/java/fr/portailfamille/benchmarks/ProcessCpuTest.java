package fr.portailfamille.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessCpuTest {

    @Test
    void workOnTheCpuIsCountedFromTheStart() {
        ProcessCpu cpu = ProcessCpu.fromNow();
        long until = System.nanoTime() + 200_000_000L;
        long spins = 0;
        while (System.nanoTime() < until) {
            spins++;
        }

        assertThat(spins).isPositive();
        assertThat(cpu.millisSpent()).as("200 ms spinning on one core").isGreaterThan(100);
    }
}
