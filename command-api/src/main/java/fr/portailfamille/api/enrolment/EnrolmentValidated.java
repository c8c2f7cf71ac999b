package fr.portailfamille.api.enrolment;

import org.axonframework.serialization.Revision;

@Revision("1")
public record EnrolmentValidated(String enrolmentId, String childId, String activityId, String periodId)
        implements EnrolmentEvent {
}
