package fr.portailfamille.domain.catalogue;

import java.util.ArrayList;
import java.util.List;

import fr.portailfamille.api.RuleViolation;
import fr.portailfamille.api.catalogue.DefineUnit;

/**
 * A unit is well formed (capacity null or positive, an opening rule, a tariff, no unit both required and excluded),
 * belongs to a known activity ({@code UNKNOWN_ACTIVITY}) and requires or excludes only units already defined in
 * that activity ({@code UNKNOWN_UNIT}).
 */
final class UnitDefinitionRule {
    static final String UNKNOWN_ACTIVITY = "UNKNOWN_ACTIVITY";
    static final String UNKNOWN_UNIT = "UNKNOWN_UNIT";

    private UnitDefinitionRule() {
    }

    static void check(DefineUnit command, CatalogueView catalogue) {
        WellFormed.catalogueId(command.catalogueId());
        WellFormed.text(command.activityId(), "activityId");
        WellFormed.text(command.unitId(), "unitId");
        WellFormed.text(command.label(), "label");
        WellFormed.present(command.opening(), "opening");
        WellFormed.present(command.tariff(), "tariff");
        if (command.capacity() != null && command.capacity() <= 0) {
            throw new IllegalArgumentException("capacity must be positive, or absent for no limit");
        }
        WellFormed.references(command.requiresAnyOf(), command.unitId(), "requiresAnyOf");
        WellFormed.references(command.excludes(), command.unitId(), "excludes");
        List<String> required = orEmpty(command.requiresAnyOf());
        if (orEmpty(command.excludes()).stream().anyMatch(required::contains)) {
            throw new IllegalArgumentException("a unit cannot both require and exclude the same unit");
        }
        ActivityView activity = catalogue.activity(command.activityId()).orElseThrow(() -> new RuleViolation(
                UNKNOWN_ACTIVITY, "no activity " + command.activityId() + " in the catalogue"));
        List<String> named = new ArrayList<>(required);
        named.addAll(orEmpty(command.excludes()));
        for (String unitId : named) {
            if (activity.unit(unitId).isEmpty()) {
                throw new RuleViolation(UNKNOWN_UNIT,
                        "no unit " + unitId + " in activity " + command.activityId() + " yet");
            }
        }
    }

    private static List<String> orEmpty(List<String> ids) {
        return ids == null ? List.of() : ids;
    }
}
