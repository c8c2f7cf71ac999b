package fr.portailfamille.api.family;

import java.util.UUID;

/** A family (foyer). */
public record FamilyId(String value) {
    private static final String PREFIX = "family-";

    public FamilyId {
        if (value == null || !value.startsWith(PREFIX) || value.length() > 80) {
            throw new IllegalArgumentException("a family id starts with " + PREFIX);
        }
    }

    public static FamilyId newId() {
        return new FamilyId(PREFIX + UUID.randomUUID());
    }

    public static boolean isValid(String value) {
        return value != null && value.startsWith(PREFIX) && value.length() <= 80;
    }

    @Override
    public String toString() {
        return value;
    }
}
