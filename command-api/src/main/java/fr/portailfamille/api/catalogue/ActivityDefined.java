package fr.portailfamille.api.catalogue;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ActivityDefined(String catalogueId, String activityId, String serviceId, String label,
                              ActivityType type, ValidationMode validationMode, DeadlineRule deadlineRule)
        implements CatalogueEvent {
}
