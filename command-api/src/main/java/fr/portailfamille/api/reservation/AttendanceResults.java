package fr.portailfamille.api.reservation;

import java.util.List;

/** The answer to {@link RecordAttendance}: one result per record, in order. */
public record AttendanceResults(List<AttendanceResult> results) {
    public AttendanceResults {
        results = List.copyOf(results);
    }
}
