package fr.portailfamille.api.family;

/** A child's medical dossier as the parent types it; only ever stored encrypted with the family's key. */
public record MedicalDossier(String doctor, String allergies, String pai, String diet, String vaccinations,
                            String notes) {
}
