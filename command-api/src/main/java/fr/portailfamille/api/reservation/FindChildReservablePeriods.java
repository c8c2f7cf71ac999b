package fr.portailfamille.api.reservation;

/** The periods in which the child holds a validated enrolment; answers a list of {@link ReservablePeriod}. */
public record FindChildReservablePeriods(String childId) {
}
