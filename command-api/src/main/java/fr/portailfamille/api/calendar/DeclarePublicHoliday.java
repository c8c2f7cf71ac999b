package fr.portailfamille.api.calendar;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeclarePublicHoliday(@TargetAggregateIdentifier String calendarId, LocalDate date, String label) {
}
