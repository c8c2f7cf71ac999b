package fr.portailfamille.api.family;

/** The readable medical dossiers of a family's children; answers a list of {@link ChildMedicalDossier}. */
public record FindMedicalDossiers(String familyId) {
}
