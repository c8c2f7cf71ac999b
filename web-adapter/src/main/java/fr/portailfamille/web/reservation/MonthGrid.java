package fr.portailfamille.web.reservation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import fr.portailfamille.api.reservation.CellState;

/**
 * A child's grid for one activity and month as people see it: a row per unit, a cell per day, each cell with its
 * state and, when it cannot be changed by this person now, why ({@code lockedBecause}, in French).
 */
public record MonthGrid(String childId, String activityId, String activityLabel, YearMonth month, List<Day> days,
                        List<Row> rows, boolean history) {

    /** A column: the day and its weekday letter (L M M J V S D). */
    public record Day(LocalDate date, String letter, boolean weekend) {
    }

    public record Row(String unitId, String label, List<Cell> cells) {
    }

    public record Cell(LocalDate date, String unitId, CellState state, String lockedBecause) {
        public boolean modifiable() {
            return lockedBecause == null;
        }
    }
}
