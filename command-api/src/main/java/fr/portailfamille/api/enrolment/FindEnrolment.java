package fr.portailfamille.api.enrolment;

/** One enrolment by id, if known; answers an optional {@link EnrolmentSummary}. */
public record FindEnrolment(String enrolmentId) {
}
