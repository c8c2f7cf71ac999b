package fr.portailfamille.api.family;

/** Every change of a family dossier from the event store, oldest first; a list of {@link FamilyHistoryEntry}. */
public record FindFamilyHistory(String familyId) {
}
