package fr.portailfamille.api.billing;

import java.util.UUID;

/** A credit note (avoir); the sender picks the id so that a retried request records it once. */
public record CreditNoteId(String value) {
    private static final String PREFIX = "credit-note-";

    public CreditNoteId {
        if (value == null || !value.startsWith(PREFIX) || value.length() > 80) {
            throw new IllegalArgumentException("a credit note id starts with " + PREFIX);
        }
    }

    public static CreditNoteId newId() {
        return new CreditNoteId(PREFIX + UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value;
    }
}
