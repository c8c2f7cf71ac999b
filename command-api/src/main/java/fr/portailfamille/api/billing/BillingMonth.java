package fr.portailfamille.api.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/** A billed month, {@code YYYY-MM}, from 2000 to 2999. */
public record BillingMonth(String value) {
    private static final Pattern FORMAT = Pattern.compile("^2\\d{3}-(0[1-9]|1[0-2])$");

    public BillingMonth {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Un mois s'écrit AAAA-MM.");
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public static BillingMonth of(LocalDate day) {
        return new BillingMonth(YearMonth.from(day).toString());
    }

    public YearMonth yearMonth() {
        return YearMonth.parse(value);
    }

    public boolean contains(LocalDate day) {
        return day != null && YearMonth.from(day).equals(yearMonth());
    }

    @Override
    public String toString() {
        return value;
    }
}
