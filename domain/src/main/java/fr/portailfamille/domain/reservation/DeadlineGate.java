package fr.portailfamille.domain.reservation;

import java.time.Instant;

/**
 * Whether a change of a day may go through at {@code now}: before the parents' deadline anyone may; after it only
 * staff, and their override is recorded ({@code DeadlineOverridden}) before the change.
 */
public enum DeadlineGate {
    OPEN, STAFF_OVERRIDE, PASSED;

    public static DeadlineGate of(boolean staff, Instant now, Instant deadline) {
        if (now.isBefore(deadline)) {
            return OPEN;
        }
        return staff ? STAFF_OVERRIDE : PASSED;
    }
}
