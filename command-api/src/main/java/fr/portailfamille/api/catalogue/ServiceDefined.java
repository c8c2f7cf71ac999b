package fr.portailfamille.api.catalogue;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ServiceDefined(String catalogueId, String serviceId, String label) implements CatalogueEvent {
}
