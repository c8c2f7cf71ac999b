package fr.portailfamille.api.family;

import fr.portailfamille.api.PrefixedId;

/** A child of a family. */
public record ChildId(String value) {
    private static final String PREFIX = "child-";

    public ChildId {
        PrefixedId.require(value, PREFIX);
    }

    public static ChildId newId() {
        return new ChildId(PrefixedId.newId(PREFIX));
    }

    public static boolean isValid(String value) {
        return PrefixedId.isValid(value, PREFIX);
    }

    @Override
    public String toString() {
        return value;
    }
}
