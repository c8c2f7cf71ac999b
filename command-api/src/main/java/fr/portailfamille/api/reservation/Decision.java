package fr.portailfamille.api.reservation;

/** What staff decide about a cell: validate a request, reject it, or validate a cancellation request. */
public enum Decision {
    VALIDATE, REJECT, VALIDATE_CANCELLATION
}
