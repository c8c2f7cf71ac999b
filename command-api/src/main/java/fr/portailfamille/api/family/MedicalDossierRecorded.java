package fr.portailfamille.api.family;

import org.axonframework.serialization.Revision;

/**
 * A child's medical dossier, each field sealed (AES-GCM) with the family key {@code keyId}, which lives outside the
 * event store: once the key is destroyed, these fields are unreadable everywhere (crypto-shredding).
 */
@Revision("1")
public record MedicalDossierRecorded(String familyId, String childId, String keyId, String doctor, String allergies,
                                     String pai, String diet, String vaccinations, String notes)
        implements ChildEvent {
}
