package fr.portailfamille.benchmarks;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;


/**
 * When each processor reached the head again after a rebuild reset it, counted from the first reset seen: a rebuild
 * lasts as long as its slowest processor, and this tells which one that is (to within the time between two looks).
 */
final class ReplayTimes {
    private final Map<String, LongSupplier> positions;
    private final long head;
    private final LongSupplier nanoTime;
    private final Map<String, Long> resetSeenAt = new TreeMap<>();
    private final Map<String, Long> backAtHeadAt = new TreeMap<>();

    ReplayTimes(Map<String, LongSupplier> positions, long head, LongSupplier nanoTime) {
        this.positions = positions;
        this.head = head;
        this.nanoTime = nanoTime;
    }

    static ReplayTimes of(Portal portal) {
        Map<String, LongSupplier> positions = new TreeMap<>();
        portal.streamingProcessors()
                .forEach((name, processor) -> positions.put(name, () -> Portal.position(processor)));
        return new ReplayTimes(positions, portal.headPosition(), System::nanoTime);
    }

    /** Looks where each processor stands; a processor never seen behind the head was not replayed. */
    void look() {
        long now = nanoTime.getAsLong();
        positions.forEach((name, position) -> {
            if (position.getAsLong() < head) {
                resetSeenAt.putIfAbsent(name, now);
            } else if (resetSeenAt.containsKey(name)) {
                backAtHeadAt.putIfAbsent(name, now);
            }
        });
    }

    /** The processors back at the head, slowest first, with their seconds since the first reset. */
    @Override
    public String toString() {
        long firstReset = resetSeenAt.values().stream().mapToLong(Long::longValue).min().orElse(0);
        return backAtHeadAt.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(processor -> String.format(Locale.ROOT, "%s %.1f s", processor.getKey(),
                        (processor.getValue() - firstReset) / 1e9))
                .collect(Collectors.joining(", "));
    }
}
