package fr.portailfamille.domain.catalogue;

import fr.portailfamille.api.RuleViolation;
import fr.portailfamille.api.catalogue.DefineActivity;

/** An activity is well formed and belongs to a service already defined ({@code UNKNOWN_SERVICE}). */
final class ActivityDefinitionRule {
    static final String UNKNOWN_SERVICE = "UNKNOWN_SERVICE";

    private ActivityDefinitionRule() {
    }

    static void check(DefineActivity command, CatalogueView catalogue) {
        WellFormed.catalogueId(command.catalogueId());
        WellFormed.text(command.activityId(), "activityId");
        WellFormed.text(command.serviceId(), "serviceId");
        WellFormed.text(command.label(), "label");
        WellFormed.present(command.type(), "type");
        WellFormed.present(command.validationMode(), "validationMode");
        WellFormed.present(command.deadlineRule(), "deadlineRule");
        if (catalogue.service(command.serviceId()).isEmpty()) {
            throw new RuleViolation(UNKNOWN_SERVICE, "no service " + command.serviceId() + " in the catalogue");
        }
    }
}
