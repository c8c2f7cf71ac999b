package fr.portailfamille.api.reservation;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** The unit was full: the request joins the end of the unit's waitlist, first come first served. */
@Revision("1")
public record ReservationWaitlisted(String slotId, String activityId, LocalDate date, String childId, String unitId,
                                    int position) implements SlotEvent {
}
