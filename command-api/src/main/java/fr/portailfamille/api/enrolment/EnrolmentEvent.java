package fr.portailfamille.api.enrolment;

/** What happened to a child's enrolment in a period. */
public sealed interface EnrolmentEvent
        permits EnrolmentRequested, EnrolmentValidated, EnrolmentRejected, EnrolmentEnded {
    String enrolmentId();

    String childId();

    String activityId();

    String periodId();
}
