package fr.portailfamille.api.reservation;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** The parent withdrew a request or a waitlisted request before the deadline; the cell is free again. */
@Revision("1")
public record ReservationWithdrawn(String slotId, String activityId, LocalDate date, String childId, String unitId)
        implements SlotEvent {
}
