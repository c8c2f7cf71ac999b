package fr.portailfamille.api.calendar;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

@Revision("1")
public record SchoolYearDefined(String calendarId, String label, LocalDate classesFrom, LocalDate classesTo)
        implements CalendarEvent {
}
