package fr.portailfamille.api.reservation;

import java.time.LocalDate;

/** Every child's cell of one activity's day (staff lists, day sheet, places); answers an {@link ActivityDay}. */
public record FindActivityDay(String activityId, LocalDate date) {
}
