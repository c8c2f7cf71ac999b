package fr.portailfamille.api.reservation;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The child's enrolment ended before this day: every reservation, request and waitlisted request of the child on
 * this slot is cancelled (reason ENROLMENT_ENDED); attendance already taken stays.
 */
public record CancelReservationsOfEndedEnrolment(@TargetAggregateIdentifier String slotId, String activityId,
                                                 LocalDate date, String childId) {
}
