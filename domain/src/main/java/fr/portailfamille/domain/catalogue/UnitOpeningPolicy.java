package fr.portailfamille.domain.catalogue;

import java.time.LocalDate;
import java.util.Optional;

import fr.portailfamille.api.catalogue.DayKind;
import fr.portailfamille.domain.calendar.CalendarView;

/**
 * A unit is open on a date when the date lies in one of its activity's periods, falls on one of the unit's weekdays,
 * is of the unit's kind of day (school period or school holidays), and is neither a public holiday nor a closure day.
 */
public final class UnitOpeningPolicy {
    private UnitOpeningPolicy() {
    }

    public static boolean isOpen(ActivityView activity, UnitView unit, LocalDate date, CalendarView calendar) {
        return closedBecause(activity, unit, date, calendar).isEmpty();
    }

    /** Empty when the unit is open; otherwise the first reason it is closed. */
    public static Optional<ClosedReason> closedBecause(ActivityView activity, UnitView unit, LocalDate date,
                                                       CalendarView calendar) {
        if (activity.periodContaining(date).isEmpty()) {
            return Optional.of(ClosedReason.OUTSIDE_PERIODS);
        }
        if (!unit.opening().weekdays().contains(date.getDayOfWeek())) {
            return Optional.of(ClosedReason.NOT_AN_OPENING_WEEKDAY);
        }
        if (unit.opening().dayKind() == DayKind.SCHOOL_PERIOD && !calendar.isSchoolPeriod(date)) {
            return Optional.of(ClosedReason.NOT_A_SCHOOL_DAY);
        }
        if (unit.opening().dayKind() == DayKind.HOLIDAYS && !calendar.isSchoolHoliday(date)) {
            return Optional.of(ClosedReason.NOT_A_HOLIDAY);
        }
        if (calendar.isPublicHoliday(date)) {
            return Optional.of(ClosedReason.PUBLIC_HOLIDAY);
        }
        if (calendar.isClosureDay(date)) {
            return Optional.of(ClosedReason.CLOSURE_DAY);
        }
        return Optional.empty();
    }
}
