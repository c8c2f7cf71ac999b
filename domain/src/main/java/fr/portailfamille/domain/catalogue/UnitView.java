package fr.portailfamille.domain.catalogue;

import java.util.List;

import fr.portailfamille.api.catalogue.OpeningRule;
import fr.portailfamille.api.catalogue.Tariff;

/**
 * A unit (row of the grid) as defined now. {@code capacity} null means unlimited; {@code requiresAnyOf}: reservable
 * only with at least one of these the same day; {@code excludes}: never with these (see
 * {@link ActivityView#areExclusive(String, String)} for the symmetric reading).
 */
public record UnitView(String unitId, String label, OpeningRule opening, Integer capacity, List<String> requiresAnyOf,
                       List<String> excludes, Tariff tariff) {

    public UnitView {
        requiresAnyOf = requiresAnyOf == null ? List.of() : List.copyOf(requiresAnyOf);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
    }
}
