package fr.portailfamille.api.enrolment;

import org.axonframework.serialization.Revision;

@Revision("1")
public record EnrolmentRejected(String enrolmentId, String childId, String activityId, String periodId,
                                String reason) implements EnrolmentEvent {
}
