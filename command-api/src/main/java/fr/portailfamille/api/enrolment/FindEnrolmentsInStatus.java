package fr.portailfamille.api.enrolment;

/** The enrolments in one status, oldest request first (the staff queue); a list of {@link EnrolmentSummary}. */
public record FindEnrolmentsInStatus(EnrolmentStatus status) {
}
