package fr.portailfamille.api.enrolment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A parent (inside the period's enrolment window) or staff (any time) ask to enrol a child for a period. */
public record RequestEnrolment(@TargetAggregateIdentifier String enrolmentId, String childId, String familyId,
                               String periodId) {
}
