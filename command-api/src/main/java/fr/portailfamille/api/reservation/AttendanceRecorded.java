package fr.portailfamille.api.reservation;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * Staff recorded whether the child came. {@code booked} is false for a child present without a reservation
 * (billed at the unbooked price).
 */
@Revision("1")
public record AttendanceRecorded(String slotId, String activityId, LocalDate date, String childId, String unitId,
                                 AttendanceStatus status, boolean booked) implements SlotEvent {
}
