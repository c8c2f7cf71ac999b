package fr.portailfamille.api.reservation;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** Staff refused a request; the place it held is free again. */
@Revision("1")
public record ReservationRejected(String slotId, String activityId, LocalDate date, String childId, String unitId,
                                  String reason) implements SlotEvent {
}
