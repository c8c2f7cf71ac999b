package fr.portailfamille.api.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The parent confirms that the dossier was checked and corrected for the current school year. */
public record ConfirmDossierReviewed(@TargetAggregateIdentifier String familyId) {
}
