package fr.portailfamille.api.family;

import fr.portailfamille.api.PrefixedId;

/** A family (foyer). */
public record FamilyId(String value) {
    private static final String PREFIX = "family-";

    public FamilyId {
        PrefixedId.require(value, PREFIX);
    }

    public static FamilyId newId() {
        return new FamilyId(PrefixedId.newId(PREFIX));
    }

    public static boolean isValid(String value) {
        return PrefixedId.isValid(value, PREFIX);
    }

    @Override
    public String toString() {
        return value;
    }
}
