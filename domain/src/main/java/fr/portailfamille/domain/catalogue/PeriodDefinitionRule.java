package fr.portailfamille.domain.catalogue;

import java.time.LocalDate;

import fr.portailfamille.api.RuleViolation;
import fr.portailfamille.api.catalogue.OpenPeriod;

/**
 * A period is well formed (from &lt;= to, enrolmentFrom &lt;= enrolmentTo), belongs to a known activity
 * ({@code UNKNOWN_ACTIVITY}), keeps its id within one activity ({@code PERIOD_OF_ANOTHER_ACTIVITY}) and does not
 * overlap another period of the same activity ({@code OVERLAPPING_PERIODS}): a date has at most one period, so an
 * enrolment covers it without ambiguity.
 */
final class PeriodDefinitionRule {
    static final String PERIOD_OF_ANOTHER_ACTIVITY = "PERIOD_OF_ANOTHER_ACTIVITY";
    static final String OVERLAPPING_PERIODS = "OVERLAPPING_PERIODS";

    private PeriodDefinitionRule() {
    }

    static void check(OpenPeriod command, CatalogueView catalogue) {
        WellFormed.catalogueId(command.catalogueId());
        WellFormed.text(command.activityId(), "activityId");
        WellFormed.text(command.periodId(), "periodId");
        WellFormed.text(command.label(), "label");
        range(command.from(), command.to(), "period");
        range(command.enrolmentFrom(), command.enrolmentTo(), "enrolment window");
        ActivityView activity = catalogue.activity(command.activityId()).orElseThrow(() -> new RuleViolation(
                UnitDefinitionRule.UNKNOWN_ACTIVITY, "no activity " + command.activityId() + " in the catalogue"));
        catalogue.period(command.periodId())
                .filter(p -> !p.activityId().equals(command.activityId()))
                .ifPresent(p -> {
                    throw new RuleViolation(PERIOD_OF_ANOTHER_ACTIVITY,
                            "period " + p.periodId() + " belongs to activity " + p.activityId());
                });
        activity.periods().stream()
                .filter(p -> !p.periodId().equals(command.periodId()))
                .filter(p -> p.overlaps(command.from(), command.to()))
                .findFirst()
                .ifPresent(p -> {
                    throw new RuleViolation(OVERLAPPING_PERIODS,
                            "period " + command.periodId() + " overlaps period " + p.periodId());
                });
    }

    private static void range(LocalDate from, LocalDate to, String what) {
        WellFormed.present(from, what + " start");
        WellFormed.present(to, what + " end");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException(what + " ends (" + to + ") before it starts (" + from + ")");
        }
    }
}
