package fr.portailfamille.api.reservation;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** The parent asked to cancel a validated reservation in MANUAL mode; staff decide. */
@Revision("1")
public record CancellationRequested(String slotId, String activityId, LocalDate date, String childId, String unitId)
        implements SlotEvent {
}
