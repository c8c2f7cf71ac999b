package fr.portailfamille.api.calendar;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ClosureDayWithdrawn(String calendarId, LocalDate date) implements CalendarEvent {
}
