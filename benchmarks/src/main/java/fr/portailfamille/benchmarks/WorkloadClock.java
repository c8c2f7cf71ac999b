package fr.portailfamille.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The portal's clock during a benchmark: real time, from an instant the workload moves forward to live a school
 * year in minutes (enrolments in August, then each month's attendance and close).
 */
final class WorkloadClock extends Clock {
    private final ZoneId zone;
    private final AtomicReference<Duration> offset;

    WorkloadClock(ZoneId zone, Instant start) {
        this(zone, new AtomicReference<>(Duration.between(Instant.now(), start)));
    }

    private WorkloadClock(ZoneId zone, AtomicReference<Duration> offset) {
        this.zone = zone;
        this.offset = offset;
    }

    /** Jumps to {@code instant}, never backwards: the event store's timestamps only go forward. */
    void moveTo(Instant instant) {
        Duration wanted = Duration.between(Instant.now(), instant);
        offset.accumulateAndGet(wanted, (current, next) -> next.compareTo(current) > 0 ? next : current);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new WorkloadClock(other, offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }
}
