package fr.portailfamille.api.reservation;

/** Why a change, a decision or an attendance record was refused: the {@code code} of its result. */
public enum RefusalCode {
    /** After the parents' deadline for the day. */
    DEADLINE_PASSED,
    /** No validated enrolment of the child covers the activity on that day. */
    NOT_ENROLLED,
    /** The unit is not open that day. */
    CLOSED,
    /** The unit needs another one the same day (a supplement without its unit), or another unit needs this one. */
    REQUIRES_UNIT,
    /** The unit cannot go with another unit of the same day. */
    EXCLUDED_UNIT,
    /** The cell can no longer be changed this way (cancellation awaiting staff, attendance taken). */
    NOT_MODIFIABLE,
    /** The activity has no such unit. */
    UNKNOWN_UNIT,
    /** A staff decision about a cell that awaits no such decision. */
    NOT_PENDING,
    /** Absence recorded for a child who had no reservation. */
    NOT_RESERVED,
    /** Attendance for a day that has not come yet. */
    DAY_NOT_STARTED,
    /** The typical week met a cell already reserved. */
    ALREADY_RESERVED
}
