package fr.portailfamille.api.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff change Parent 1's login email (« la modification du mail doit se faire à la structure »). */
public record ChangeLoginEmail(@TargetAggregateIdentifier String familyId, String email) {
}
