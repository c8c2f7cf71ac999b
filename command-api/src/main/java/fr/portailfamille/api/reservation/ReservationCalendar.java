package fr.portailfamille.api.reservation;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import fr.portailfamille.api.catalogue.ValidationMode;

/** The rows and the days of a child's grid or typical week, as the catalogue, calendar and enrolments say today. */
public record ReservationCalendar(String activityId, String label, ValidationMode validationMode, List<Unit> units,
                                  List<Day> days) {

    /** A row: {@code weekdays} on which it may open, {@code capacity} null for unlimited. */
    public record Unit(String unitId, String label, Integer capacity, List<String> requiresAnyOf,
                       List<String> excludes, Set<DayOfWeek> weekdays) {
    }

    /** A day: parents may change it strictly before {@code deadline}. */
    public record Day(LocalDate date, Instant deadline, boolean enrolled, List<String> openUnitIds) {
    }
}
