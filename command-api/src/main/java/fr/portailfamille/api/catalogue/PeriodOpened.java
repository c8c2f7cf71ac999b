package fr.portailfamille.api.catalogue;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

@Revision("1")
public record PeriodOpened(String catalogueId, String activityId, String periodId, String label, LocalDate from,
                           LocalDate to, LocalDate enrolmentFrom, LocalDate enrolmentTo) implements CatalogueEvent {
}
