package fr.portailfamille.api.calendar;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Every unit of every activity is closed that day (pont, grève, travaux). */
public record DeclareClosureDay(@TargetAggregateIdentifier String calendarId, LocalDate date, String reason) {
}
