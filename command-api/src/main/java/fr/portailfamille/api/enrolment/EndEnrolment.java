package fr.portailfamille.api.enrolment;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Désinscription: the child no longer attends from {@code from} on; later reservations are cancelled. */
public record EndEnrolment(@TargetAggregateIdentifier String enrolmentId, LocalDate from) {
}
