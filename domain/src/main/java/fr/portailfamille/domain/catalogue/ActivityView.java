package fr.portailfamille.domain.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import fr.portailfamille.api.catalogue.ActivityType;
import fr.portailfamille.api.catalogue.DeadlineRule;
import fr.portailfamille.api.catalogue.ValidationMode;

/** An activity as defined now, with its units in definition order (the grid's rows) and its periods by date. */
public record ActivityView(String activityId, String serviceId, String label, ActivityType type,
                           ValidationMode validationMode, DeadlineRule deadlineRule, List<UnitView> units,
                           List<PeriodView> periods) {

    public ActivityView {
        units = units == null ? List.of() : List.copyOf(units);
        List<PeriodView> byDate = new ArrayList<>(periods == null ? List.of() : periods);
        byDate.sort(Comparator.comparing(PeriodView::from));
        periods = List.copyOf(byDate);
    }

    public Optional<UnitView> unit(String unitId) {
        return units.stream().filter(u -> u.unitId().equals(unitId)).findFirst();
    }

    public Optional<PeriodView> period(String periodId) {
        return periods.stream().filter(p -> p.periodId().equals(periodId)).findFirst();
    }

    public Optional<PeriodView> periodContaining(LocalDate date) {
        return periods.stream().filter(p -> p.contains(date)).findFirst();
    }

    /** The two units can never be reserved together, whichever of them names the other in its excludes. */
    public boolean areExclusive(String unitA, String unitB) {
        return unit(unitA).map(u -> u.excludes().contains(unitB)).orElse(false)
                || unit(unitB).map(u -> u.excludes().contains(unitA)).orElse(false);
    }

    ActivityView redefinedAs(String newServiceId, String newLabel, ActivityType newType, ValidationMode newMode,
                             DeadlineRule newRule) {
        return new ActivityView(activityId, newServiceId, newLabel, newType, newMode, newRule, units, periods);
    }

    /** The unit takes the place of the unit with its id, or comes last. */
    ActivityView withUnit(UnitView unit) {
        List<UnitView> copy = new ArrayList<>(units);
        int index = copy.indexOf(unit(unit.unitId()).orElse(null));
        if (index >= 0) {
            copy.set(index, unit);
        } else {
            copy.add(unit);
        }
        return new ActivityView(activityId, serviceId, label, type, validationMode, deadlineRule, copy, periods);
    }

    ActivityView withPeriod(PeriodView period) {
        List<PeriodView> copy = new ArrayList<>(periods);
        copy.removeIf(p -> p.periodId().equals(period.periodId()));
        copy.add(period);
        return new ActivityView(activityId, serviceId, label, type, validationMode, deadlineRule, units, copy);
    }
}
