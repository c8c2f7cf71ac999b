package fr.portailfamille.api.reservation;

public record AttendanceResult(String childId, String unitId, AttendanceOutcome outcome, String code) {
}
