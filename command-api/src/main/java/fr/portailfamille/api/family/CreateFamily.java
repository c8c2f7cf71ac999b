package fr.portailfamille.api.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff open a family dossier with Parent 1; {@code quotient} may be unknown (null). */
public record CreateFamily(@TargetAggregateIdentifier String familyId, ResponsibleAdult parent1, Integer quotient) {
}
