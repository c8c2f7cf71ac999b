package fr.portailfamille.api.reservation;

/**
 * The days of an activity on which requests or cancellation requests await staff; answers a list of
 * {@link PendingDay}, by date.
 */
public record FindPendingDays(String activityId) {
}
