package fr.portailfamille.api.calendar;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

@Revision("1")
public record SchoolHolidaysDeclared(String calendarId, String label, LocalDate from, LocalDate to)
        implements CalendarEvent {
}
