package fr.portailfamille.api.reservation;

/** The states of a grid cell, as the legend of the seed names them. */
public enum CellState {
    FREE, REQUESTED, WAITLISTED, VALIDATED, CANCELLATION_REQUESTED, PRESENT, ABSENT, ABSENT_JUSTIFIED, BILLED, CLOSED
}
