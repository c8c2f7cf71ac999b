package fr.portailfamille.api.reservation;

import java.time.YearMonth;
import java.util.List;

/** The cells of a child's month that are not free; a cell absent from the list is free (or closed). */
public record ChildMonthReservations(String childId, String activityId, YearMonth month, List<ReservedCell> cells) {
}
