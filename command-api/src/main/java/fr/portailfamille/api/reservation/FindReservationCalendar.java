package fr.portailfamille.api.reservation;

import java.time.LocalDate;

/**
 * What a child may reserve in an activity from {@code from} to {@code to}: the units, and for each day its parents'
 * deadline, whether an enrolment covers it and which units open. Answers an optional {@link ReservationCalendar}
 * (empty for an unknown activity).
 */
public record FindReservationCalendar(String childId, String activityId, LocalDate from, LocalDate to) {
}
