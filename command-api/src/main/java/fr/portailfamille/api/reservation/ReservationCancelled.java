package fr.portailfamille.api.reservation;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * A validated reservation no longer holds: cancelled at once (AUTOMATIC mode), a cancellation validated by staff,
 * or the enrolment ended. {@code reason}: PARENT, STAFF or ENROLMENT_ENDED.
 */
@Revision("1")
public record ReservationCancelled(String slotId, String activityId, LocalDate date, String childId, String unitId,
                                   String reason) implements SlotEvent {
}
