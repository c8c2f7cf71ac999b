package fr.portailfamille.api;

import java.util.UUID;

/** The format shared by generated ids: a readable type prefix, then a UUID or a stable name, at most 80 chars. */
public final class PrefixedId {
    private static final int MAX_LENGTH = 80;

    private PrefixedId() {
    }

    public static boolean isValid(String value, String prefix) {
        return value != null && value.startsWith(prefix) && value.length() > prefix.length()
                && value.length() <= MAX_LENGTH;
    }

    public static String require(String value, String prefix) {
        if (!isValid(value, prefix)) {
            throw new IllegalArgumentException("an id of this kind starts with " + prefix);
        }
        return value;
    }

    public static String newId(String prefix) {
        return prefix + UUID.randomUUID();
    }
}
