package fr.portailfamille.api.document;

/** Answers the {@link FamilyDocumentsOverview} of a family for a school year (all MISSING when nothing was sent). */
public record FindFamilyDocuments(String familyId, String schoolYear) {
}
