package fr.portailfamille.api.reservation;

import java.time.Instant;
import java.time.YearMonth;

/** The same cells as they stood at {@code asOf}, rebuilt from the slots' event streams (auditors, staff). */
public record FindChildMonthReservationsAsOf(String childId, String activityId, YearMonth month, Instant asOf) {
}
