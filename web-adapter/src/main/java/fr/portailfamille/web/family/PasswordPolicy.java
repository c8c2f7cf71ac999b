package fr.portailfamille.web.family;

import java.nio.charset.StandardCharsets;

import fr.portailfamille.api.RuleViolation;

/**
 * A password has at least 12 characters; at most 64, and 72 bytes, which is all that the adaptive hash (bcrypt)
 * reads. Only the web layer ever sees it, to hash it.
 */
public final class PasswordPolicy {
    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 64;
    private static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    public static void check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH
                || password.length() > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new RuleViolation("WEAK_PASSWORD",
                    "Le mot de passe doit compter entre " + MIN_LENGTH + " et " + MAX_LENGTH + " caractères.");
        }
    }
}
