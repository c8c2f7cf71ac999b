package fr.portailfamille.api.catalogue;

import java.time.DayOfWeek;
import java.util.Set;

/** A unit opens on these weekdays of these kinds of days, never on public holidays or closure days. */
public record OpeningRule(Set<DayOfWeek> weekdays, DayKind dayKind) {
    public OpeningRule {
        if (weekdays == null || weekdays.isEmpty()) {
            throw new IllegalArgumentException("at least one weekday is required");
        }
        if (dayKind == null) {
            throw new IllegalArgumentException("dayKind is required");
        }
        weekdays = Set.copyOf(weekdays);
    }
}
