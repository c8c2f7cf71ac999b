package fr.portailfamille.api.document;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A school year as families name it, {@code 2026-2027}: from September to the end of the following August, so a
 * summer holiday belongs to the year it ends.
 */
public record SchoolYearId(String value) {
    private static final Pattern FORMAT = Pattern.compile("^(\\d{4})-(\\d{4})$");

    public SchoolYearId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Une année scolaire s'écrit comme 2026-2027.");
        }
    }

    public static SchoolYearId containing(LocalDate date) {
        int start = date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1;
        return new SchoolYearId(start + "-" + (start + 1));
    }

    public static boolean isValid(String value) {
        Matcher matcher = value == null ? null : FORMAT.matcher(value);
        return matcher != null && matcher.matches()
                && Integer.parseInt(matcher.group(2)) == Integer.parseInt(matcher.group(1)) + 1;
    }

    @Override
    public String toString() {
        return value;
    }
}
