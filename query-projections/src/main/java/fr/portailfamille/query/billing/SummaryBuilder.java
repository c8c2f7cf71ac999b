package fr.portailfamille.query.billing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.portailfamille.api.billing.MonthSummary;
import fr.portailfamille.api.billing.MonthSummary.ActivityTotal;
import fr.portailfamille.api.billing.MonthSummary.BracketTotal;
import fr.portailfamille.api.billing.MonthSummary.UnitTotal;
import fr.portailfamille.api.catalogue.QuotientBracket;

/** Adds up billed days and amounts per activity, unit and quotient bracket, then lists them in catalogue order. */
final class SummaryBuilder {
    private final Map<String, Map<String, Map<QuotientBracket, int[]>>> totals = new HashMap<>();

    void add(String activityId, String unitId, QuotientBracket bracket, int count, int amount) {
        int[] total = totals.computeIfAbsent(activityId, id -> new HashMap<>())
                .computeIfAbsent(unitId, id -> new EnumMap<>(QuotientBracket.class))
                .computeIfAbsent(bracket, b -> new int[2]);
        total[0] += count;
        total[1] += amount;
    }

    /** One row per activity, unit and bracket added. */
    interface RowConsumer {
        void accept(String activityId, String unitId, QuotientBracket bracket, int count, int amount);
    }

    void forEach(RowConsumer consumer) {
        totals.forEach((activityId, units) -> units.forEach((unitId, brackets) -> brackets.forEach(
                (bracket, total) -> consumer.accept(activityId, unitId, bracket, total[0], total[1]))));
    }

    MonthSummary build(String month, boolean closed, int invoices, BillingCatalogue catalogue) {
        List<ActivityTotal> activities = activities(catalogue);
        return new MonthSummary(month, closed, invoices, activities.stream().mapToInt(ActivityTotal::amount).sum(),
                activities);
    }

    private List<ActivityTotal> activities(BillingCatalogue catalogue) {
        List<ActivityTotal> activities = new ArrayList<>();
        totals.keySet().stream().sorted(catalogue.activityOrder()).forEach(activityId -> {
            Map<String, Map<QuotientBracket, int[]>> units = totals.get(activityId);
            List<UnitTotal> unitTotals = new ArrayList<>();
            units.keySet().stream().sorted(catalogue.unitOrder(activityId)).forEach(unitId -> {
                List<BracketTotal> brackets = units.get(unitId).entrySet().stream()
                        .map(entry -> new BracketTotal(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
                        .toList();
                unitTotals.add(new UnitTotal(unitId, catalogue.unitLabel(activityId, unitId),
                        brackets.stream().mapToInt(BracketTotal::count).sum(),
                        brackets.stream().mapToInt(BracketTotal::amount).sum(), brackets));
            });
            activities.add(new ActivityTotal(activityId, catalogue.activityLabel(activityId),
                    unitTotals.stream().mapToInt(UnitTotal::count).sum(),
                    unitTotals.stream().mapToInt(UnitTotal::amount).sum(), unitTotals));
        });
        return activities;
    }
}
