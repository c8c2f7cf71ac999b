package fr.portailfamille.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import fr.portailfamille.api.calendar.CalendarEvent;
import fr.portailfamille.api.calendar.ClosureDayDeclared;
import fr.portailfamille.api.calendar.ClosureDayWithdrawn;
import fr.portailfamille.api.calendar.PublicHolidayDeclared;
import fr.portailfamille.api.calendar.SchoolHolidaysDeclared;
import fr.portailfamille.api.calendar.SchoolYearDefined;

/**
 * The commune's school calendar as an immutable value, folded from {@link CalendarEvent}s.
 * <p>
 * A school year replaces the school years it overlaps or that carry its label; school holidays replace the holidays
 * they overlap (so a corrected range supersedes the old one, while "Toussaint" can come back every year); a public
 * holiday or a closure day is keyed by its date.
 */
public record CalendarView(List<SchoolYear> schoolYears, List<SchoolHolidays> schoolHolidays,
                           Map<LocalDate, String> publicHolidays, Map<LocalDate, String> closureDays) {

    public static final CalendarView EMPTY = new CalendarView(List.of(), List.of(), Map.of(), Map.of());

    public CalendarView {
        schoolYears = sorted(schoolYears, Comparator.comparing(SchoolYear::classesFrom));
        schoolHolidays = sorted(schoolHolidays, Comparator.comparing(SchoolHolidays::from));
        publicHolidays = sortedMap(publicHolidays);
        closureDays = sortedMap(closureDays);
    }

    public static CalendarView of(Iterable<? extends CalendarEvent> events) {
        CalendarView view = EMPTY;
        for (CalendarEvent event : events) {
            view = view.with(event);
        }
        return view;
    }

    /** This calendar once {@code event} has happened. */
    public CalendarView with(CalendarEvent event) {
        if (event instanceof SchoolYearDefined e) {
            List<SchoolYear> years = new ArrayList<>(schoolYears);
            years.removeIf(y -> y.label().equals(e.label()) || y.overlaps(e.classesFrom(), e.classesTo()));
            years.add(new SchoolYear(e.label(), e.classesFrom(), e.classesTo()));
            return new CalendarView(years, schoolHolidays, publicHolidays, closureDays);
        }
        if (event instanceof SchoolHolidaysDeclared e) {
            List<SchoolHolidays> holidays = new ArrayList<>(schoolHolidays);
            holidays.removeIf(h -> h.overlaps(e.from(), e.to()));
            holidays.add(new SchoolHolidays(e.label(), e.from(), e.to()));
            return new CalendarView(schoolYears, holidays, publicHolidays, closureDays);
        }
        if (event instanceof PublicHolidayDeclared e) {
            return new CalendarView(schoolYears, schoolHolidays, put(publicHolidays, e.date(), e.label()), closureDays);
        }
        if (event instanceof ClosureDayDeclared e) {
            return new CalendarView(schoolYears, schoolHolidays, publicHolidays, put(closureDays, e.date(), e.reason()));
        }
        if (event instanceof ClosureDayWithdrawn e) {
            if (!closureDays.containsKey(e.date())) {
                return this;
            }
            SortedMap<LocalDate, String> days = new TreeMap<>(closureDays);
            days.remove(e.date());
            return new CalendarView(schoolYears, schoolHolidays, publicHolidays, days);
        }
        throw new IllegalArgumentException("unknown calendar event " + event);
    }

    public boolean isPublicHoliday(LocalDate date) {
        return publicHolidays.containsKey(date);
    }

    public boolean isClosureDay(LocalDate date) {
        return closureDays.containsKey(date);
    }

    /** Inside a declared school holiday range (weekends included). */
    public boolean isSchoolHoliday(LocalDate date) {
        return holidaysContaining(date).isPresent();
    }

    /** Inside a school year's classes and outside school holidays. */
    public boolean isSchoolPeriod(LocalDate date) {
        return schoolYearContaining(date).isPresent() && !isSchoolHoliday(date);
    }

    /** Monday to Friday and not a public holiday: the days on which deadlines fall. */
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isPublicHoliday(date);
    }

    public Optional<SchoolYear> schoolYearContaining(LocalDate date) {
        return schoolYears.stream().filter(y -> y.contains(date)).findFirst();
    }

    public Optional<SchoolHolidays> holidaysContaining(LocalDate date) {
        return schoolHolidays.stream().filter(h -> h.contains(date)).findFirst();
    }

    public Optional<String> publicHolidayLabel(LocalDate date) {
        return Optional.ofNullable(publicHolidays.get(date));
    }

    public Optional<String> closureReason(LocalDate date) {
        return Optional.ofNullable(closureDays.get(date));
    }

    private static <T> List<T> sorted(List<T> values, Comparator<T> order) {
        List<T> copy = new ArrayList<>(values == null ? List.of() : values);
        copy.sort(order);
        return List.copyOf(copy);
    }

    private static Map<LocalDate, String> sortedMap(Map<LocalDate, String> values) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(values == null ? Map.of() : values));
    }

    private static Map<LocalDate, String> put(Map<LocalDate, String> values, LocalDate date, String text) {
        SortedMap<LocalDate, String> copy = new TreeMap<>(values);
        copy.put(date, text);
        return copy;
    }
}
