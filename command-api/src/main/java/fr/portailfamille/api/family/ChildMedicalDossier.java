package fr.portailfamille.api.family;

/** A child's medical dossier opened with the family key; {@code dossier} is null unless READABLE. */
public record ChildMedicalDossier(String childId, MedicalStatus status, MedicalDossier dossier) {
}
