package fr.portailfamille.api.catalogue;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DefineActivity(@TargetAggregateIdentifier String catalogueId, String activityId, String serviceId,
                             String label, ActivityType type, ValidationMode validationMode,
                             DeadlineRule deadlineRule) {
}
