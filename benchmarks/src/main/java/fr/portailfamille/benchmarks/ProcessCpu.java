package fr.portailfamille.benchmarks;

import java.lang.management.ManagementFactory;

import com.sun.management.OperatingSystemMXBean;

/**
 * The CPU time the whole process spends from a start, on every core: the commands, the read models catching up, the
 * embedded stores, the collector and the compiler. A round of grid submissions keeps both cores busy: what a
 * submission costs in CPU tells how many of them the machine can take per second, beside the latency of each.
 */
final class ProcessCpu {
    private static final OperatingSystemMXBean SYSTEM =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final long startNanos;

    private ProcessCpu() {
        this.startNanos = SYSTEM.getProcessCpuTime();
    }

    static ProcessCpu fromNow() {
        return new ProcessCpu();
    }

    /** The CPU time spent since the start, in milliseconds. */
    double millisSpent() {
        return (SYSTEM.getProcessCpuTime() - startNanos) / 1e6;
    }
}
