package fr.portailfamille.api.family;

/** The dossier of one family, if it exists; answers an optional {@link FamilyDossier}. */
public record FindFamilyDossier(String familyId) {
}
