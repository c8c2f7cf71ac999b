package fr.portailfamille.api.catalogue;

import java.time.LocalDate;
import java.util.List;

/** An activity as families and staff see it in the catalogue. */
public record ActivitySummary(String id, String serviceId, String serviceLabel, String label, ActivityType type,
                              ValidationMode validationMode, DeadlineRule deadlineRule, List<Unit> units,
                              List<Period> periods) {

    public record Unit(String id, String label, Integer capacity, OpeningRule opening, List<String> requiresAnyOf,
                       List<String> excludes, Tariff tariff) {
    }

    public record Period(String id, String label, LocalDate from, LocalDate to, LocalDate enrolmentFrom,
                         LocalDate enrolmentTo) {
    }
}
