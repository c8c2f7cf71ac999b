package fr.portailfamille.api.catalogue;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DefineService(@TargetAggregateIdentifier String catalogueId, String serviceId, String label) {
}
