package fr.portailfamille.api.document;

import fr.portailfamille.api.family.FamilyId;

/** The documents of one family for one school year: the id is derived from both. */
public record FamilyDocumentsId(String value) {
    private static final String PREFIX = "documents:";

    public FamilyDocumentsId {
        if (value == null || !value.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a documents id starts with " + PREFIX);
        }
    }

    public static FamilyDocumentsId of(String familyId, String schoolYear) {
        new FamilyId(familyId);
        new SchoolYearId(schoolYear);
        return new FamilyDocumentsId(PREFIX + familyId + ":" + schoolYear);
    }

    @Override
    public String toString() {
        return value;
    }
}
