package fr.portailfamille.api.calendar;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** School holidays from {@code from} to {@code to}, both included. */
public record DeclareSchoolHolidays(@TargetAggregateIdentifier String calendarId, String label, LocalDate from,
                                    LocalDate to) {
}
