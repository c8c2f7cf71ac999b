package fr.portailfamille.api.reservation;

/** The {@code reason} of {@link ReservationCancelled}: who or what ended the reservation. */
public enum CancellationReason {
    /** The parent cancelled (at once in AUTOMATIC mode, or staff validated the parent's cancellation request). */
    PARENT,
    /** Staff cancelled it for the family. */
    STAFF,
    /** The child's enrolment ended before the day. */
    ENROLMENT_ENDED
}
