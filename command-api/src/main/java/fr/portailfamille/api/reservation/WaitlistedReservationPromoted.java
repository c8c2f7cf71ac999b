package fr.portailfamille.api.reservation;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * A place freed and the first waitlisted request took it: it becomes REQUESTED (MANUAL) or VALIDATED (AUTOMATIC).
 */
@Revision("1")
public record WaitlistedReservationPromoted(String slotId, String activityId, LocalDate date, String childId,
                                           String unitId, CellState becomes) implements SlotEvent {
}
