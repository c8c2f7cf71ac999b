package fr.portailfamille.domain.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Five failed logins within fifteen minutes lock the account for fifteen minutes. Failures count from the last
 * success or lock; attempts while locked do not extend the lock.
 */
final class LoginLockout {
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    private final List<Instant> failures = new ArrayList<>();
    private Instant lockedUntil;

    boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Whether the failures recorded so far, the last one at {@code now}, call for a lock. */
    boolean callsForLock(Instant now) {
        Instant windowStart = now.minus(WINDOW);
        return failures.stream().filter(failure -> failure.isAfter(windowStart)).count() >= MAX_FAILURES;
    }

    boolean hasFailures() {
        return !failures.isEmpty();
    }

    void failed(Instant at) {
        failures.add(at);
        failures.removeIf(failure -> !failure.isAfter(at.minus(WINDOW)));
    }

    void locked(Instant until) {
        lockedUntil = until;
        failures.clear();
    }

    void succeeded() {
        failures.clear();
    }
}
