package fr.portailfamille.api.reservation;

import java.time.LocalDate;

/** The child may reserve this activity from {@code from} to {@code to} (an ended enrolment stops before its end). */
public record ReservablePeriod(String activityId, String activityLabel, String periodId, String periodLabel,
                               LocalDate from, LocalDate to) {
}
