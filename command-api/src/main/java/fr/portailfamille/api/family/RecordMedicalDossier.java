package fr.portailfamille.api.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The child's medical dossier; refused without the family's medical-data consent. */
public record RecordMedicalDossier(@TargetAggregateIdentifier String familyId, String childId, MedicalDossier dossier) {
}
