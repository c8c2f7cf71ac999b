package fr.portailfamille.benchmarks;

import java.util.HashMap;
import java.util.Map;

/**
 * The size of the commune and of each measurement. {@code defaultsSeconds} bounds the replay with Axon's defaults,
 * which would otherwise take longer than all the rest: its rate is measured over that time. The raw read and the
 * rebuild are each measured {@code rebuilds} times, and their medians reported: one run of either varies too much.
 * Before them come {@code warmups} rebuilds that are not measured: the first rebuild of a process runs code the
 * workload has not yet compiled, which a server that has rebuilt before has. Likewise {@code warmups} rounds of grid
 * submissions, printed and not measured, come before the measured one: on two cores the compiler is still at work on
 * the workload's code when it ends, as it is not on a server that has been up since the morning.
 */
record BenchmarkOptions(int families, int children, int parents, int submissionsPerParent, int gridQueries,
                        int defaultsSeconds, int threads, int rebuilds, int warmups) {

    BenchmarkOptions {
        if (families < 1 || children < families || parents < 1 || submissionsPerParent < 1 || gridQueries < 1
                || defaultsSeconds < 1 || threads < 1 || rebuilds < 1 || warmups < 0) {
            throw new IllegalArgumentException("at least one family, one child per family, one of everything else");
        }
    }

    /**
     * The defaults (2,000 families, 3,000 children, 20 parents sending 10 submissions each, 1,000 grid queries, 60 s
     * of replay with Axon's defaults, 8 threads for the workload, 1 warm-up and 3 rebuilds) changed by
     * {@code --name=value} arguments; without {@code --children} a commune has three children for two families.
     */
    static BenchmarkOptions parse(String... args) {
        Map<String, Integer> values = new HashMap<>(Map.of("families", 2_000, "parents", 20, "submissions", 10,
                "queries", 1_000, "defaults-seconds", 60, "threads", 8, "rebuilds", 3, "warmups", 1));
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            if (pair.length != 2 || !(values.containsKey(pair[0]) || pair[0].equals("children"))) {
                throw new IllegalArgumentException("unknown option " + arg + ", expected --name=value among "
                        + values.keySet() + " and children");
            }
            values.put(pair[0], Integer.parseInt(pair[1]));
        }
        int families = values.get("families");
        return new BenchmarkOptions(families, values.getOrDefault("children", families * 3 / 2),
                values.get("parents"), values.get("submissions"), values.get("queries"),
                values.get("defaults-seconds"), values.get("threads"), values.get("rebuilds"), values.get("warmups"));
    }
}
