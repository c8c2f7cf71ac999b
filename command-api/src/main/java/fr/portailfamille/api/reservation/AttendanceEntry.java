package fr.portailfamille.api.reservation;

/** One line of the day's attendance sheet. */
public record AttendanceEntry(String childId, String unitId, AttendanceStatus status) {
}
