package fr.portailfamille.domain.catalogue;

/** Why a unit is not open on a date (the grey cells of the grid, the "skipped" of a semaine type). */
public enum ClosedReason {
    UNKNOWN_UNIT,
    OUTSIDE_PERIODS,
    NOT_AN_OPENING_WEEKDAY,
    NOT_A_SCHOOL_DAY,
    NOT_A_HOLIDAY,
    PUBLIC_HOLIDAY,
    CLOSURE_DAY
}
