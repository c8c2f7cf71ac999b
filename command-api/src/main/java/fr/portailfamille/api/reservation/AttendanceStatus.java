package fr.portailfamille.api.reservation;

public enum AttendanceStatus {
    PRESENT, ABSENT, ABSENT_JUSTIFIED
}
