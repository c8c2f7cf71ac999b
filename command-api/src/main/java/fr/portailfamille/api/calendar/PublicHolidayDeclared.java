package fr.portailfamille.api.calendar;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

@Revision("1")
public record PublicHolidayDeclared(String calendarId, LocalDate date, String label) implements CalendarEvent {
}
