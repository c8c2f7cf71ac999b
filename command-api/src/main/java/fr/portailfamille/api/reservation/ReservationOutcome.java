package fr.portailfamille.api.reservation;

/** What became of one requested change; REFUSED comes with a code. */
public enum ReservationOutcome {
    REQUESTED, VALIDATED, WAITLISTED, CANCELLATION_REQUESTED, CANCELLED, WITHDRAWN, UNCHANGED, REFUSED
}
