package fr.portailfamille.api.enrolment;

/** Every enrolment of one child, by period start; answers a list of {@link EnrolmentSummary}. */
public record FindChildEnrolments(String childId) {
}
