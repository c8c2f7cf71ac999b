package fr.portailfamille.domain.calendar;

import java.time.LocalDate;
import java.util.List;

import fr.portailfamille.api.calendar.CalendarEvent;
import fr.portailfamille.domain.catalogue.DemoCommune;

/** Test helpers around the demo commune's calendar. */
public final class DemoCalendar {
    public static final List<LocalDate> PUBLIC_HOLIDAYS = List.of(LocalDate.of(2026, 11, 11),
            LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 6),
            LocalDate.of(2027, 5, 17), LocalDate.of(2027, 7, 14));

    private DemoCalendar() {
    }

    public static CalendarView view() {
        return DemoCommune.calendarView();
    }

    /** An aggregate instance holding these events, as a repository would source it. */
    public static SchoolCalendar aggregate(List<? extends CalendarEvent> events) {
        SchoolCalendar calendar = new SchoolCalendar();
        events.forEach(calendar::on);
        return calendar;
    }
}
