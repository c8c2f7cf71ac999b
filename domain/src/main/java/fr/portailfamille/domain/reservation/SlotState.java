package fr.portailfamille.domain.reservation;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import fr.portailfamille.api.reservation.AttendanceRecorded;
import fr.portailfamille.api.reservation.CancellationRequested;
import fr.portailfamille.api.reservation.CellState;
import fr.portailfamille.api.reservation.DeadlineOverridden;
import fr.portailfamille.api.reservation.ReservationRequested;
import fr.portailfamille.api.reservation.ReservationValidated;
import fr.portailfamille.api.reservation.ReservationWaitlisted;
import fr.portailfamille.api.reservation.SlotEvent;
import fr.portailfamille.api.reservation.WaitlistedReservationPromoted;

/**
 * The cells of one activity's day, unit by unit, folded from the slot's events. Immutable, so a command can work on
 * a copy before anything is applied; also what a snapshot carries and what an auditor's past grid is rebuilt from.
 */
public record SlotState(String activityId, LocalDate date, Map<String, UnitBook> units) {
    public static final SlotState EMPTY = new SlotState(null, null, Map.of());

    public SlotState {
        units = Collections.unmodifiableMap(new LinkedHashMap<>(units == null ? Map.of() : units));
    }

    public UnitBook unit(String unitId) {
        return units.getOrDefault(unitId, UnitBook.EMPTY);
    }

    public CellState cell(String childId, String unitId) {
        return unit(unitId).cell(childId);
    }

    /** The units in which the child's cell is not free. */
    public Set<String> unitsHeldBy(String childId) {
        Set<String> held = new LinkedHashSet<>();
        units.forEach((unitId, book) -> {
            if (book.cell(childId) != CellState.FREE) {
                held.add(unitId);
            }
        });
        return held;
    }

    /** This day once {@code event} has happened. */
    public SlotState after(SlotEvent event) {
        if (event instanceof DeadlineOverridden) {
            return new SlotState(event.activityId(), event.date(), units);
        }
        UnitBook book = unit(event.unitId());
        UnitBook next = event instanceof AttendanceRecorded attendance
                ? book.withAttendance(event.childId(), AttendanceRule.stateOf(attendance.status()), attendance.booked())
                : book.with(event.childId(), stateAfter(event));
        Map<String, UnitBook> nextUnits = new LinkedHashMap<>(units);
        nextUnits.put(event.unitId(), next);
        return new SlotState(event.activityId(), event.date(), nextUnits);
    }

    /** What a cell becomes; rejected, withdrawn and cancelled cells are free again. */
    private static CellState stateAfter(SlotEvent event) {
        if (event instanceof ReservationRequested) {
            return CellState.REQUESTED;
        }
        if (event instanceof ReservationWaitlisted) {
            return CellState.WAITLISTED;
        }
        if (event instanceof ReservationValidated) {
            return CellState.VALIDATED;
        }
        if (event instanceof CancellationRequested) {
            return CellState.CANCELLATION_REQUESTED;
        }
        if (event instanceof WaitlistedReservationPromoted promoted) {
            return promoted.becomes();
        }
        return CellState.FREE;
    }
}
