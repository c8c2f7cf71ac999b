package fr.portailfamille.domain.reservation;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import fr.portailfamille.api.reservation.CellState;

/**
 * A unit's cells by child (free cells absent), immutable, changed one child at a time without copying them all: a
 * restaurant's day holds a cell for each of thousands of children, and a slot changes its state once per event (in
 * the command's working copy, then in the aggregate). The cells settled earlier are shared by every later version;
 * only the children changed since are copied, until there are {@link #MOST_RECENT} of them and they settle in turn.
 * The places taken are counted as the cells change.
 */
final class UnitCells extends AbstractMap<String, CellState> {
    static final UnitCells EMPTY = new UnitCells(Map.of(), Map.of(), 0, 0);

    /** The states that hold one of the unit's places (a waitlisted request does not; attendance keeps its place). */
    private static final Set<CellState> HOLDING_A_PLACE = EnumSet.of(CellState.REQUESTED, CellState.VALIDATED,
            CellState.CANCELLATION_REQUESTED, CellState.PRESENT, CellState.ABSENT, CellState.ABSENT_JUSTIFIED);
    static final int MOST_RECENT = 64;

    /** Never changed once made; shared by the versions that follow. */
    private final Map<String, CellState> settled;
    /** The children changed since {@link #settled}, in the order of their first change; FREE for a cell freed. */
    private final Map<String, CellState> recent;
    private final int size;
    private final int placesTaken;

    private UnitCells(Map<String, CellState> settled, Map<String, CellState> recent, int size, int placesTaken) {
        this.settled = settled;
        this.recent = recent;
        this.size = size;
        this.placesTaken = placesTaken;
    }

    static UnitCells of(Map<String, CellState> cells) {
        if (cells instanceof UnitCells unitCells) {
            return unitCells;
        }
        if (cells.isEmpty()) {
            return EMPTY;
        }
        Map<String, CellState> settled = new LinkedHashMap<>();
        cells.forEach((childId, state) -> {
            if (state != CellState.FREE) {
                settled.put(childId, state);
            }
        });
        return new UnitCells(Collections.unmodifiableMap(settled), Map.of(), settled.size(), count(settled));
    }

    int placesTaken() {
        return placesTaken;
    }

    CellState cell(String childId) {
        CellState changed = recent.get(childId);
        return changed != null ? changed : settled.getOrDefault(childId, CellState.FREE);
    }

    UnitCells with(String childId, CellState state) {
        CellState before = cell(childId);
        if (before == state) {
            return this;
        }
        int nextSize = size + (state == CellState.FREE ? 0 : 1) - (before == CellState.FREE ? 0 : 1);
        int nextPlaces = placesTaken + (holdsAPlace(state) ? 1 : 0) - (holdsAPlace(before) ? 1 : 0);
        Map<String, CellState> nextRecent = new LinkedHashMap<>(recent);
        nextRecent.put(childId, state);
        if (nextRecent.size() > MOST_RECENT) {
            return new UnitCells(Collections.unmodifiableMap(merged(settled, nextRecent)), Map.of(), nextSize,
                    nextPlaces);
        }
        return new UnitCells(settled, nextRecent, nextSize, nextPlaces);
    }

    @Override
    public CellState get(Object childId) {
        CellState state = childId instanceof String id ? cell(id) : CellState.FREE;
        return state == CellState.FREE ? null : state;
    }

    @Override
    public boolean containsKey(Object childId) {
        return get(childId) != null;
    }

    @Override
    public int size() {
        return size;
    }

    /** Rarely walked (a snapshot, a comparison): made on demand. */
    @Override
    public Set<Entry<String, CellState>> entrySet() {
        return Collections.unmodifiableMap(merged(settled, recent)).entrySet();
    }

    private static Map<String, CellState> merged(Map<String, CellState> settled, Map<String, CellState> recent) {
        Map<String, CellState> merged = new LinkedHashMap<>(settled);
        recent.forEach((childId, state) -> {
            if (state == CellState.FREE) {
                merged.remove(childId);
            } else {
                merged.put(childId, state);
            }
        });
        return merged;
    }

    private static boolean holdsAPlace(CellState state) {
        return HOLDING_A_PLACE.contains(state);
    }

    private static int count(Map<String, CellState> cells) {
        return (int) cells.values().stream().filter(UnitCells::holdsAPlace).count();
    }
}
