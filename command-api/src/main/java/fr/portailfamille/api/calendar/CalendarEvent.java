package fr.portailfamille.api.calendar;

/** What happened to the commune's school calendar. */
public sealed interface CalendarEvent
        permits SchoolYearDefined, SchoolHolidaysDeclared, PublicHolidayDeclared, ClosureDayDeclared,
        ClosureDayWithdrawn {
    String calendarId();
}
