package fr.portailfamille.api.enrolment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ValidateEnrolment(@TargetAggregateIdentifier String enrolmentId) {
}
