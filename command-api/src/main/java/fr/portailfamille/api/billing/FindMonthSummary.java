package fr.portailfamille.api.billing;

import java.time.LocalDate;

/**
 * The month's totals per activity, unit and quotient bracket: what was invoiced once the month is closed, what
 * the preview would invoice until then (days before {@code billableBefore}); answers a {@link MonthSummary}.
 */
public record FindMonthSummary(String month, LocalDate billableBefore) {
}
