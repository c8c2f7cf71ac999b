package fr.portailfamille.api.account;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An account's id is derived from its login email, so that two accounts can never share an email: the event store
 * refuses a second aggregate with the same id.
 */
public record AccountId(String value) {
    public static final String PREFIX = "account:";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public AccountId {
        if (value == null || !value.startsWith(PREFIX)) {
            throw new IllegalArgumentException("an account id starts with " + PREFIX);
        }
    }

    public static AccountId forEmail(String email) {
        return new AccountId(PREFIX + normalizeEmail(email));
    }

    /** The login email this id is derived from. */
    public String email() {
        return value.substring(PREFIX.length());
    }

    public static String normalizeEmail(String email) {
        if (email == null || !EMAIL.matcher(email.trim()).matches()) {
            throw new IllegalArgumentException("Adresse e-mail invalide.");
        }
        return email.trim().toLowerCase(Locale.ROOT);
    }

    public static boolean isValidEmail(String email) {
        return email != null && EMAIL.matcher(email.trim()).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
