package fr.portailfamille.api.reservation;

import java.time.YearMonth;

/** The cells of a child's month in an activity that are not free, as the grid read model holds them now. */
public record FindChildMonthReservations(String childId, String activityId, YearMonth month) {
}
