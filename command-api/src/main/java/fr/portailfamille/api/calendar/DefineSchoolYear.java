package fr.portailfamille.api.calendar;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Classes run from {@code classesFrom} to {@code classesTo}, both included. */
public record DefineSchoolYear(@TargetAggregateIdentifier String calendarId, String label, LocalDate classesFrom,
                               LocalDate classesTo) {
}
