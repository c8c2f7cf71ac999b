package fr.portailfamille.api.enrolment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RejectEnrolment(@TargetAggregateIdentifier String enrolmentId, String reason) {
}
