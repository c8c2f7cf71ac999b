package fr.portailfamille.api.reservation;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** The reservation holds: by staff decision, or at once in AUTOMATIC mode ({@code automatic}). */
@Revision("1")
public record ReservationValidated(String slotId, String activityId, LocalDate date, String childId, String unitId,
                                   boolean automatic) implements SlotEvent {
}
