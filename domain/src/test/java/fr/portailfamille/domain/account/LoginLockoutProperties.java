package fr.portailfamille.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class LoginLockoutProperties {
    private static final Instant START = Instant.parse("2026-12-01T07:00:00Z");

    /** Failures spaced by the given gaps (seconds), lock applied as the aggregate does. */
    @Property
    void aLockComesExactlyWhenFiveFailuresFitInFifteenMinutes(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 600) Integer> gapsInSeconds) {
        LoginLockout lockout = new LoginLockout();
        Instant at = START;
        int sinceLastReset = 0;
        Instant[] recent = new Instant[gapsInSeconds.size()];
        for (int gap : gapsInSeconds) {
            at = at.plusSeconds(gap);
            lockout.failed(at);
            recent[sinceLastReset++] = at;
            boolean fiveInWindow = sinceLastReset >= LoginLockout.MAX_FAILURES
                    && recent[sinceLastReset - LoginLockout.MAX_FAILURES].isAfter(at.minus(LoginLockout.WINDOW));
            assertThat(lockout.callsForLock(at)).isEqualTo(fiveInWindow);
            if (fiveInWindow) {
                lockout.locked(at.plus(LoginLockout.LOCK));
                assertThat(lockout.isLocked(at.plus(LoginLockout.LOCK).minusSeconds(1))).isTrue();
                assertThat(lockout.isLocked(at.plus(LoginLockout.LOCK))).isFalse();
                sinceLastReset = 0;
            }
        }
    }

    @Property
    void aSuccessForgetsEveryFailure(@ForAll @IntRange(min = 1, max = 4) int failures) {
        LoginLockout lockout = new LoginLockout();
        for (int i = 0; i < failures; i++) {
            lockout.failed(START.plus(Duration.ofMinutes(i)));
        }
        lockout.succeeded();
        assertThat(lockout.hasFailures()).isFalse();
    }
}
