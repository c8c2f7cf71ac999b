package fr.portailfamille.api.reservation;

import java.time.LocalDate;

/**
 * The days from {@code from} to {@code to} on which the child holds a request, a waitlisted request or a reservation
 * in the activity; answers a list of {@link LocalDate}, in order.
 */
public record FindChildReservationDays(String childId, String activityId, LocalDate from, LocalDate to) {
}
