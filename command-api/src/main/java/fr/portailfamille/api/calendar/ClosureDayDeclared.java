package fr.portailfamille.api.calendar;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ClosureDayDeclared(String calendarId, LocalDate date, String reason) implements CalendarEvent {
}
