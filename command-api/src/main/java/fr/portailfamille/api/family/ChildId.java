package fr.portailfamille.api.family;

import java.util.UUID;

/** A child of a family. */
public record ChildId(String value) {
    private static final String PREFIX = "child-";

    public ChildId {
        if (value == null || !value.startsWith(PREFIX) || value.length() > 80) {
            throw new IllegalArgumentException("a child id starts with " + PREFIX);
        }
    }

    public static ChildId newId() {
        return new ChildId(PREFIX + UUID.randomUUID());
    }

    public static boolean isValid(String value) {
        return value != null && value.startsWith(PREFIX) && value.length() <= 80;
    }

    @Override
    public String toString() {
        return value;
    }
}
