package fr.portailfamille.api.catalogue;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A row of the grid. {@code requiresAnyOf}: the unit can only be reserved with at least one of these on the same
 * day; {@code excludes}: never together with these. {@code capacity} null means unlimited.
 */
public record DefineUnit(@TargetAggregateIdentifier String catalogueId, String activityId, String unitId, String label,
                         OpeningRule opening, Integer capacity, List<String> requiresAnyOf, List<String> excludes,
                         Tariff tariff) {
}
