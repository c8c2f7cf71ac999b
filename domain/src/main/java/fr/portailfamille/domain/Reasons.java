package fr.portailfamille.domain;

/** A refusal (of an enrolment, of a document) tells the family why, in a few words. */
public final class Reasons {
    public static final int MAX_LENGTH = 500;

    private Reasons() {
    }

    /** The reason, trimmed; malformed when blank or longer than {@link #MAX_LENGTH}. */
    public static String required(String reason, String refusal) {
        if (reason == null || reason.isBlank() || reason.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(refusal + " demande un motif d'au plus " + MAX_LENGTH + " caractères.");
        }
        return reason.trim();
    }
}
