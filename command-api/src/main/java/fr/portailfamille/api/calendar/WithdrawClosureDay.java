package fr.portailfamille.api.calendar;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record WithdrawClosureDay(@TargetAggregateIdentifier String calendarId, LocalDate date) {
}
