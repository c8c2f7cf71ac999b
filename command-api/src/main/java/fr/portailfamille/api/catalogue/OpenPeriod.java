package fr.portailfamille.api.catalogue;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record OpenPeriod(@TargetAggregateIdentifier String catalogueId, String activityId, String periodId,
                         String label, LocalDate from, LocalDate to, LocalDate enrolmentFrom,
                         LocalDate enrolmentTo) {
}
