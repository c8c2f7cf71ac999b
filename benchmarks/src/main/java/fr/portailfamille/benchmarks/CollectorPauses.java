package fr.portailfamille.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The garbage collector's pauses while a measure runs. A young collection stops every thread, the parents' requests
 * included: on two cores its pause, 50 to 200 ms, lifts the p99 of a round of grid submissions by about its length.
 */
final class CollectorPauses implements AutoCloseable {
    private final List<Long> pauseMillis = new CopyOnWriteArrayList<>();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::collected;

    private CollectorPauses() {
    }

    /** Counts the pauses from now until {@link #close()}. */
    static CollectorPauses watching() {
        CollectorPauses pauses = new CollectorPauses();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            // G1's concurrent cycles run beside the application: not pauses
            if (collector instanceof NotificationEmitter emitter && !collector.getName().contains("Concurrent")) {
                emitter.addNotificationListener(pauses.listener, null, null);
                pauses.emitters.add(emitter);
            }
        }
        return pauses;
    }

    private void collected(Notification notification, Object handback) {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            pauseMillis.add(GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                    .getGcInfo().getDuration());
        }
    }

    int count() {
        return pauseMillis.size();
    }

    long totalMillis() {
        return pauseMillis.stream().mapToLong(Long::longValue).sum();
    }

    long longestMillis() {
        return pauseMillis.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    @Override
    public String toString() {
        return String.format("collector paused %d times, %d ms in all, %d ms at most", count(), totalMillis(),
                longestMillis());
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                throw new IllegalStateException("the collector's listener was already removed", e);
            }
        }
    }
}
