package fr.portailfamille.query.history;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads the instants the portal writes with {@link Instant#toString()} ({@code 2026-09-01T07:30:00.123456Z}) without
 * a {@link java.time.format.DateTimeFormatter}: every event of a replay carries one, and {@link Instant#parse} took a
 * sixth of the history's work. Any other text is left to {@link Instant#parse}, which reads it or says why not.
 */
final class SentInstants {
    private static final int DATE_AND_TIME = "2026-09-01T07:30:00".length();

    private SentInstants() {
    }

    static Instant parse(String text) {
        Instant instant = fromToString(text);
        return instant != null ? instant : Instant.parse(text);
    }

    /** The instant, or null when {@code text} is not as {@link Instant#toString()} writes a year of four digits. */
    private static Instant fromToString(String text) {
        int length = text.length();
        if (length < DATE_AND_TIME + 1 || text.charAt(length - 1) != 'Z' || !separatorsAt(text)) {
            return null;
        }
        int fraction = length - 1 - DATE_AND_TIME;
        if (fraction != 0 && (fraction < 2 || fraction > 10 || text.charAt(DATE_AND_TIME) != '.')) {
            return null;
        }
        int[] fields = {digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2), digits(text, 11, 2),
                digits(text, 14, 2), digits(text, 17, 2), fraction == 0 ? 0 : digits(text, DATE_AND_TIME + 1,
                fraction - 1)};
        for (int field : fields) {
            if (field < 0) {
                return null;
            }
        }
        int nanos = fields[6];
        for (int digitsWritten = fraction == 0 ? 9 : fraction - 1; digitsWritten < 9; digitsWritten++) {
            nanos *= 10;
        }
        try {
            return LocalDateTime.of(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], nanos)
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean separatorsAt(String text) {
        return text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T' && text.charAt(13) == ':'
                && text.charAt(16) == ':';
    }

    /** The number written by {@code count} digits from {@code start}, or -1 if one of them is no digit. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int index = start; index < start + count; index++) {
            char digit = text.charAt(index);
            if (digit < '0' || digit > '9') {
                return -1;
            }
            value = value * 10 + (digit - '0');
        }
        return value;
    }
}
