package fr.portailfamille.api.enrolment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An enrolment as « Mes inscriptions » and the staff queue show it: the child, the activity and period with their
 * labels and dates, the status and when it was requested and decided. Labels and names are empty while unknown.
 */
public record EnrolmentSummary(String enrolmentId, String childId, String childName, String familyId,
                               String serviceLabel, String activityId, String activityLabel, String periodId,
                               String periodLabel, LocalDate periodFrom, LocalDate periodTo, String schoolYear,
                               EnrolmentStatus status, Instant requestedAt, Instant decidedAt,
                               String rejectionReason, LocalDate endsFrom) {
}
