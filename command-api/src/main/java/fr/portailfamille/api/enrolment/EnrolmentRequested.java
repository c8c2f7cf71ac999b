package fr.portailfamille.api.enrolment;

import java.time.Instant;

import org.axonframework.serialization.Revision;

@Revision("1")
public record EnrolmentRequested(String enrolmentId, String childId, String familyId, String activityId,
                                 String periodId, Instant requestedAt) implements EnrolmentEvent {
}
