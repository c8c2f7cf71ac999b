package fr.portailfamille.api.enrolment;

public enum EnrolmentStatus {
    PENDING, VALIDATED, REJECTED, ENDED
}
