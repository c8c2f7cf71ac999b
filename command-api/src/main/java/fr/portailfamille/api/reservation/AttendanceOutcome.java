package fr.portailfamille.api.reservation;

public enum AttendanceOutcome {
    RECORDED, UNCHANGED, REFUSED
}
