package fr.portailfamille.query.billing;

import java.util.Optional;

import fr.portailfamille.api.billing.LineReason;
import fr.portailfamille.api.reservation.AttendanceRecorded;
import fr.portailfamille.api.reservation.CancellationRequested;
import fr.portailfamille.api.reservation.CellState;
import fr.portailfamille.api.reservation.DeadlineOverridden;
import fr.portailfamille.api.reservation.ReservationCancelled;
import fr.portailfamille.api.reservation.ReservationRejected;
import fr.portailfamille.api.reservation.ReservationRequested;
import fr.portailfamille.api.reservation.ReservationValidated;
import fr.portailfamille.api.reservation.ReservationWaitlisted;
import fr.portailfamille.api.reservation.ReservationWithdrawn;
import fr.portailfamille.api.reservation.SlotEvent;
import fr.portailfamille.api.reservation.WaitlistedReservationPromoted;

/**
 * What billing reads in a grid cell, and the rule of what is billed (domain.md, Billing): a validated reservation,
 * present or absent, unless the absence is justified (illness with a certificate); a presence without reservation
 * with the surcharge; never a free, requested, waitlisted or cancelled cell, nor a cancellation still waiting for
 * staff (asked before the deadline, it is almost always granted).
 */
final class CellBilling {
    private CellBilling() {
    }

    /** The cell's state once the event has happened; empty when the event does not change it. */
    static Optional<CellState> stateAfter(SlotEvent event) {
        if (event instanceof ReservationRequested) {
            return Optional.of(CellState.REQUESTED);
        }
        if (event instanceof ReservationWaitlisted) {
            return Optional.of(CellState.WAITLISTED);
        }
        if (event instanceof ReservationValidated) {
            return Optional.of(CellState.VALIDATED);
        }
        if (event instanceof WaitlistedReservationPromoted promoted) {
            return Optional.of(promoted.becomes());
        }
        if (event instanceof CancellationRequested) {
            return Optional.of(CellState.CANCELLATION_REQUESTED);
        }
        if (event instanceof ReservationCancelled || event instanceof ReservationRejected
                || event instanceof ReservationWithdrawn) {
            return Optional.of(CellState.FREE);
        }
        if (event instanceof AttendanceRecorded attendance) {
            return Optional.of(CellState.valueOf(attendance.status().name()));
        }
        if (event instanceof DeadlineOverridden) {
            return Optional.empty();
        }
        throw new IllegalArgumentException("unknown slot event " + event);
    }

    /** Whether the attendance was taken on a reservation; every other event is about a booked cell. */
    static boolean booked(SlotEvent event) {
        return !(event instanceof AttendanceRecorded attendance) || attendance.booked();
    }

    /** Why a cell in this state is billed, or empty when it is not. */
    static Optional<LineReason> reason(CellState state, boolean booked) {
        return switch (state) {
            case VALIDATED, ABSENT -> booked ? Optional.of(LineReason.RESERVED) : Optional.empty();
            case PRESENT -> Optional.of(booked ? LineReason.RESERVED : LineReason.UNBOOKED_PRESENCE);
            default -> Optional.empty();
        };
    }

    /** Cells that staff still have to decide on: not billed, but worth a look before the month is closed. */
    static boolean awaitsDecision(CellState state) {
        return state == CellState.REQUESTED || state == CellState.WAITLISTED
                || state == CellState.CANCELLATION_REQUESTED;
    }
}
