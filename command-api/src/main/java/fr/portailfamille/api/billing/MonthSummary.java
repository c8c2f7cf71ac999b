package fr.portailfamille.api.billing;

import java.util.List;

import fr.portailfamille.api.catalogue.QuotientBracket;

/** A month's billed days and amounts per activity, unit and quotient bracket. */
public record MonthSummary(String month, boolean closed, int invoices, int total, List<ActivityTotal> activities) {
    public MonthSummary {
        activities = List.copyOf(activities);
    }

    public record ActivityTotal(String activityId, String label, int count, int amount, List<UnitTotal> units) {
        public ActivityTotal {
            units = List.copyOf(units);
        }
    }

    public record UnitTotal(String unitId, String label, int count, int amount, List<BracketTotal> brackets) {
        public UnitTotal {
            brackets = List.copyOf(brackets);
        }
    }

    public record BracketTotal(QuotientBracket bracket, int count, int amount) {
    }
}
