package fr.portailfamille.api.billing;

import java.time.LocalDate;

/**
 * What closing the month would issue: per family the billable cells of days before {@code billableBefore} (today),
 * priced with the current tariffs; answers a {@link MonthPreview}.
 */
public record FindMonthPreview(String month, LocalDate billableBefore) {
}
