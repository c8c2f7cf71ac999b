package fr.portailfamille.api.enrolment;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

@Revision("1")
public record EnrolmentEnded(String enrolmentId, String childId, String activityId, String periodId, LocalDate from)
        implements EnrolmentEvent {
}
