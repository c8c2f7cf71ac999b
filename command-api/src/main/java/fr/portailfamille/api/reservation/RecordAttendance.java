package fr.portailfamille.api.reservation;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Staff take the call of one activity's day: who came, who did not, who was ill with a certificate, and children
 * present without a reservation. Answers {@link AttendanceResults}.
 */
public record RecordAttendance(@TargetAggregateIdentifier String slotId, String activityId, LocalDate date,
                               List<AttendanceEntry> records) {
}
