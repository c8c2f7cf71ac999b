package fr.portailfamille.api.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** CAF/MSA data: allocataire name, régime and numéro allocataire. */
public record ChangeAllocataire(@TargetAggregateIdentifier String familyId, String allocataireName,
                                AllocataireRegime regime, String allocataireNumber) {
}
