package fr.portailfamille.api.catalogue;

import java.util.List;

import org.axonframework.serialization.Revision;

@Revision("1")
public record UnitDefined(String catalogueId, String activityId, String unitId, String label, OpeningRule opening,
                          Integer capacity, List<String> requiresAnyOf, List<String> excludes, Tariff tariff)
        implements CatalogueEvent {
    public UnitDefined {
        requiresAnyOf = requiresAnyOf == null ? List.of() : List.copyOf(requiresAnyOf);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
    }
}
