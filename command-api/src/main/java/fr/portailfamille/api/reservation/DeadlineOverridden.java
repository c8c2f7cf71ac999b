package fr.portailfamille.api.reservation;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** Staff changed this cell after the parents' deadline; recorded before the change itself. */
@Revision("1")
public record DeadlineOverridden(String slotId, String activityId, LocalDate date, String childId, String unitId)
        implements SlotEvent {
}
