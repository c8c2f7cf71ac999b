package fr.portailfamille.api.reservation;

import java.time.LocalDate;
import java.util.List;

/** The cells of one activity's day that are not free, in the order they reached their state. */
public record ActivityDay(String activityId, LocalDate date, List<Cell> cells) {

    /** {@code booked}: false only for a presence without a reservation. */
    public record Cell(String childId, String unitId, CellState state, boolean booked) {
    }
}
