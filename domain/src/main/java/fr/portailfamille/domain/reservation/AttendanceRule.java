package fr.portailfamille.domain.reservation;

import fr.portailfamille.api.reservation.AttendanceStatus;
import fr.portailfamille.api.reservation.CellState;

/**
 * Attendance is taken on the day or after. A cell with a validated reservation (or one awaiting its cancellation)
 * takes any status and is booked; a child without a validated reservation can only be recorded PRESENT, as an
 * unbooked presence; once recorded, a status may be corrected and keeps its booked flag.
 */
final class AttendanceRule {
    private AttendanceRule() {
    }

    static boolean isAttended(CellState state) {
        return state == CellState.PRESENT || state == CellState.ABSENT || state == CellState.ABSENT_JUSTIFIED;
    }

    static CellState stateOf(AttendanceStatus status) {
        return CellState.valueOf(status.name());
    }

    static boolean isBooked(CellState current, boolean unbookedPresence) {
        if (isAttended(current)) {
            return !unbookedPresence;
        }
        return current == CellState.VALIDATED || current == CellState.CANCELLATION_REQUESTED;
    }
}
