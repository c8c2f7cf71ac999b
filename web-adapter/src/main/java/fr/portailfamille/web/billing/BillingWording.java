package fr.portailfamille.web.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

import fr.portailfamille.api.billing.LinePricing;
import fr.portailfamille.api.billing.LineReason;
import fr.portailfamille.web.config.ClockConfiguration;

/**
 * Billing in the words families read, for the pages ({@code ${@billing.month(m)}}), the PDF and the CSV files:
 * months and days in French, why a day is billed, where the day is in the grid.
 */
@Component("billing")
public class BillingWording {
    private static final Locale FRENCH = Locale.FRANCE;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", FRENCH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE dd/MM/yyyy", FRENCH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", FRENCH);

    private final LinePricing pricing;

    public BillingWording(LinePricing pricing) {
        this.pricing = pricing;
    }

    /** {@code 2026-11} as « novembre 2026 ». */
    public String month(String month) {
        return MONTH.format(YearMonth.parse(month));
    }

    /** « Novembre 2026 », for headings. */
    public String monthTitle(String month) {
        String text = month(month);
        return text.substring(0, 1).toUpperCase(FRENCH) + text.substring(1);
    }

    public String day(LocalDate date) {
        return DAY.format(date);
    }

    public String date(Instant instant) {
        return DATE.format(instant.atZone(ClockConfiguration.PARIS));
    }

    public String reason(LineReason reason) {
        return switch (reason) {
            case RESERVED -> "Réservation";
            case UNBOOKED_PRESENCE -> "Présence sans réservation (+" + pricing.unbookedSurchargePercent() + " %)";
        };
    }

    /** The month grid where the family sees this day (the reservations page). */
    public String gridLink(String childId, String activityId, LocalDate date) {
        return "/reservations/" + childId + "/" + activityId + "?mois=" + YearMonth.from(date);
    }
}
