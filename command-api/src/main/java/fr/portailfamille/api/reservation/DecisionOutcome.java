package fr.portailfamille.api.reservation;

/**
 * What became of one staff decision. A rejected cancellation request leaves the reservation VALIDATED; REFUSED
 * comes with a code.
 */
public enum DecisionOutcome {
    VALIDATED, REJECTED, CANCELLED, UNCHANGED, REFUSED
}
