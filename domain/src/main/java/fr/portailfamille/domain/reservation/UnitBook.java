package fr.portailfamille.domain.reservation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.portailfamille.api.reservation.CellState;

/**
 * One unit's cells on a slot's day: each child's state (free cells are absent, see {@link UnitCells}), the waitlist
 * in arrival order and the children recorded present without a reservation. Immutable; also what a snapshot carries.
 */
public record UnitBook(Map<String, CellState> cells, List<String> waitlist, Set<String> unbookedPresences) {
    public static final UnitBook EMPTY = new UnitBook(Map.of(), List.of(), Set.of());

    public UnitBook {
        cells = UnitCells.of(cells == null ? Map.of() : cells);
        waitlist = List.copyOf(waitlist == null ? List.of() : waitlist);
        unbookedPresences = Collections.unmodifiableSet(
                new LinkedHashSet<>(unbookedPresences == null ? Set.of() : unbookedPresences));
    }

    public CellState cell(String childId) {
        return unitCells().cell(childId);
    }

    public int placesTaken() {
        return unitCells().placesTaken();
    }

    /** What the constructor makes of every book's cells. */
    private UnitCells unitCells() {
        return (UnitCells) cells;
    }

    /**
     * The unit once the child's cell is in {@code state}: a free cell is forgotten, a newly waitlisted request joins
     * the end of the waitlist, any other state leaves it.
     */
    public UnitBook with(String childId, CellState state) {
        UnitCells nextCells = unitCells().with(childId, state);
        List<String> nextWaitlist = new ArrayList<>(waitlist);
        if (state != CellState.WAITLISTED) {
            nextWaitlist.remove(childId);
        } else if (!nextWaitlist.contains(childId)) {
            nextWaitlist.add(childId);
        }
        Set<String> nextUnbooked = new LinkedHashSet<>(unbookedPresences);
        if (!AttendanceRule.isAttended(state)) {
            nextUnbooked.remove(childId);
        }
        return new UnitBook(nextCells, nextWaitlist, nextUnbooked);
    }

    /** The unit once the child's attendance is recorded; {@code booked} false marks a presence without reservation. */
    public UnitBook withAttendance(String childId, CellState attended, boolean booked) {
        UnitBook next = with(childId, attended);
        Set<String> nextUnbooked = new LinkedHashSet<>(next.unbookedPresences);
        if (booked) {
            nextUnbooked.remove(childId);
        } else {
            nextUnbooked.add(childId);
        }
        return new UnitBook(next.cells, next.waitlist, nextUnbooked);
    }
}
