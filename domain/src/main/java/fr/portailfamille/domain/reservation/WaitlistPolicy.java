package fr.portailfamille.domain.reservation;

import java.util.Optional;

import fr.portailfamille.api.catalogue.ValidationMode;
import fr.portailfamille.api.reservation.CellState;

/**
 * First come, first served: a request waits when the unit is full or others already wait (so nobody jumps the
 * queue), and when a place is free the first waitlisted request takes it, becoming REQUESTED in MANUAL mode and
 * VALIDATED in AUTOMATIC mode.
 */
public final class WaitlistPolicy {
    private WaitlistPolicy() {
    }

    public static boolean mustWait(Integer capacity, UnitBook unit) {
        return !unit.waitlist().isEmpty() || !CapacityPolicy.hasFreePlace(capacity, unit);
    }

    /** The child whose waitlisted request takes a free place now, if any. */
    public static Optional<String> nextToPromote(Integer capacity, UnitBook unit) {
        if (unit.waitlist().isEmpty() || !CapacityPolicy.hasFreePlace(capacity, unit)) {
            return Optional.empty();
        }
        return Optional.of(unit.waitlist().get(0));
    }

    public static CellState promotedState(ValidationMode mode) {
        return mode == ValidationMode.AUTOMATIC ? CellState.VALIDATED : CellState.REQUESTED;
    }
}
