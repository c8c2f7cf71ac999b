package fr.portailfamille.api.reservation;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** A request takes a place and waits for staff (MANUAL mode). */
@Revision("1")
public record ReservationRequested(String slotId, String activityId, LocalDate date, String childId, String unitId)
        implements SlotEvent {
}
