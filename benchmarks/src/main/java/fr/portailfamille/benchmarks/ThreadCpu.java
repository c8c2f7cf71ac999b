package fr.portailfamille.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.sun.management.ThreadMXBean;

/**
 * What the process's threads spend from a start, by group (a thread's name without its number:
 * {@code WorkPackage[read-models-audit]}, {@code mongo-server-worker}): CPU time, and bytes allocated by the Java
 * threads, which is what the collector has to clear. The JVM's own threads are told apart from Linux's per-thread
 * counts: the collector's and the compiler's; the rest of the process's CPU is the JVM's other threads and the Java
 * threads that ended before the end. The process's total CPU moves by half from one rebuild to the next with the
 * collector; a read model's work package does not, and tells what a change to it saved.
 */
final class ThreadCpu {
    static final String COLLECTOR = "collector";
    static final String COMPILER = "compiler";
    static final String REST_OF_THE_JVM = "rest of the JVM";
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final Pattern NUMBER_AT_THE_END = Pattern.compile("[-#\\s]*\\d+$");
    private static final Path LINUX_THREADS = Path.of("/proc/self/task");
    /** Linux counts a thread's time in ticks of 1/100 s (USER_HZ) on every platform the JVM runs on here. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final Map<Long, Long> startNanosById;
    private final Map<Long, Long> startBytesById;
    private final Map<String, Long> startJvmNanos;
    private final ProcessCpu process;

    private ThreadCpu() {
        this.startNanosById = cpuNanosById();
        this.startBytesById = allocatedBytesById();
        this.startJvmNanos = jvmThreadsNanos();
        this.process = ProcessCpu.fromNow();
    }

    static ThreadCpu fromNow() {
        return new ThreadCpu();
    }

    /**
     * Milliseconds of CPU by group since the start, the largest first, the collector's, the compiler's and the rest of
     * the JVM's among them: together, the process's CPU.
     */
    Map<String, Double> millisByGroup() {
        Map<Long, Long> now = cpuNanosById();
        Map<String, Double> byGroup = new HashMap<>();
        byGroup(now, startNanosById).forEach((group, nanos) -> byGroup.put(group, nanos / 1e6));
        double spent = byGroup.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Long> jvmNow = jvmThreadsNanos();
        for (String kind : jvmNow.keySet()) {
            double millis = (jvmNow.get(kind) - startJvmNanos.getOrDefault(kind, 0L)) / 1e6;
            byGroup.put(kind, millis);
            spent += millis;
        }
        byGroup.put(REST_OF_THE_JVM, Math.max(0, process.millisSpent() - spent));
        return largestFirst(byGroup);
    }

    /** Megabytes the Java threads allocated since the start, by group, the largest first. */
    Map<String, Double> megabytesAllocatedByGroup() {
        Map<Long, Long> now = allocatedBytesById();
        Map<String, Double> megabytes = new HashMap<>();
        byGroup(now, startBytesById).forEach((group, bytes) -> megabytes.put(group, bytes / 1e6));
        return largestFirst(megabytes);
    }

    /** The first {@code count} groups, each with its amount over {@code divisor}, in {@code unit}. */
    static String largest(Map<String, Double> byGroup, int count, double divisor, String unit) {
        return byGroup.entrySet().stream().limit(count)
                .map(group -> String.format(Locale.ROOT, "%s %.2f %s", group.getKey(), group.getValue() / divisor,
                        unit))
                .collect(Collectors.joining(", "));
    }

    static String group(String threadName) {
        return NUMBER_AT_THE_END.matcher(threadName).replaceFirst("");
    }

    /** The collector's or the compiler's, from the name Linux keeps of a thread (its first 15 characters). */
    static String jvmThreadKind(String linuxName) {
        if (linuxName.startsWith("GC Thread") || linuxName.startsWith("G1 ")) {
            return COLLECTOR;
        }
        if (linuxName.startsWith("C1 CompilerThre") || linuxName.startsWith("C2 CompilerThre")) {
            return COMPILER;
        }
        return null;
    }

    /** The value a thread's {@code stat} gives for the {@code field}th field (from 1, as {@code man proc} counts). */
    static long statField(String stat, int field) {
        // the name, second field, is in parentheses and may hold spaces
        String[] afterName = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(afterName[field - 3]);
    }

    private static Map<String, Double> byGroup(Map<Long, Long> now, Map<Long, Long> start) {
        Map<String, Double> byGroup = new HashMap<>();
        for (ThreadInfo thread : THREADS.getThreadInfo(now.keySet().stream().mapToLong(Long::longValue).toArray())) {
            if (thread != null) {
                long id = thread.getThreadId();
                byGroup.merge(group(thread.getThreadName()), (double) now.get(id) - start.getOrDefault(id, 0L),
                        Double::sum);
            }
        }
        return byGroup;
    }

    private static Map<String, Double> largestFirst(Map<String, Double> byGroup) {
        return byGroup.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private static Map<Long, Long> cpuNanosById() {
        Map<Long, Long> cpu = new HashMap<>();
        for (long id : THREADS.getAllThreadIds()) {
            long nanos = THREADS.getThreadCpuTime(id);
            if (nanos >= 0) {
                cpu.put(id, nanos);
            }
        }
        return cpu;
    }

    private static Map<Long, Long> allocatedBytesById() {
        Map<Long, Long> allocated = new HashMap<>();
        long[] ids = THREADS.getAllThreadIds();
        long[] bytes = THREADS.getThreadAllocatedBytes(ids);
        for (int thread = 0; thread < ids.length; thread++) {
            if (bytes[thread] >= 0) {
                allocated.put(ids[thread], bytes[thread]);
            }
        }
        return allocated;
    }

    /** The CPU of the collector's and the compiler's threads, in nanoseconds; none where Linux does not tell it. */
    private static Map<String, Long> jvmThreadsNanos() {
        Map<String, Long> byKind = new HashMap<>();
        if (!Files.isDirectory(LINUX_THREADS)) {
            return byKind;
        }
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(LINUX_THREADS)) {
            for (Path thread : threads) {
                String stat;
                try {
                    stat = Files.readString(thread.resolve("stat"));
                } catch (IOException ended) {
                    continue;
                }
                String kind = jvmThreadKind(stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
                if (kind != null) {
                    byKind.merge(kind, (statField(stat, 14) + statField(stat, 15)) * NANOS_PER_TICK, Long::sum);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byKind;
    }
}
