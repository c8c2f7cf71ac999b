package fr.portailfamille.api.reservation;

import java.time.LocalDate;

/**
 * What happened in one activity's day. Every event names the cell it changes: child and unit. Who did it and
 * whether staff acted after the parents' deadline travel in the metadata and in {@link DeadlineOverridden}.
 */
public sealed interface SlotEvent permits ReservationRequested, ReservationWaitlisted, ReservationValidated,
        ReservationRejected, ReservationWithdrawn, CancellationRequested, ReservationCancelled,
        WaitlistedReservationPromoted, AttendanceRecorded, DeadlineOverridden {
    String slotId();

    String activityId();

    LocalDate date();

    String childId();

    String unitId();
}
