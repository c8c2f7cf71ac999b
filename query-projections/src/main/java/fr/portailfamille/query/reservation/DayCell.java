package fr.portailfamille.query.reservation;

import fr.portailfamille.api.reservation.CellState;

/**
 * A cell as an activity's day document keeps it: the field's name is the child and the unit ({@link CellStates#key}),
 * its value one string, {@code STATE|booked|sequence}. A day's documents hold a cell for each of hundreds of children,
 * and the embedded server decodes, copies and compares every value of a document it updates: one value per cell, not
 * five named ones.
 */
record DayCell(String childId, String unitId, CellState state, boolean booked, long sequence) {
    private static final String SEPARATOR = "|";

    String key() {
        return CellStates.key(childId, unitId);
    }

    String value() {
        return state.name() + SEPARATOR + (booked ? 1 : 0) + SEPARATOR + sequence;
    }

    static DayCell of(String key, String value) {
        String[] ids = CellStates.idsOf(key);
        String[] parts = value.split("\\|");
        return new DayCell(ids[0], ids[1], CellState.valueOf(parts[0]), "1".equals(parts[1]),
                Long.parseLong(parts[2]));
    }

    /** The state of a stored value, without reading the rest of it. */
    static boolean isIn(String value, CellState state) {
        String name = state.name();
        return value.startsWith(name) && value.startsWith(SEPARATOR, name.length());
    }
}
