package fr.portailfamille.domain.reservation;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.portailfamille.api.reservation.CellChange;
import fr.portailfamille.api.reservation.RefusalCode;
import fr.portailfamille.api.reservation.ReservationAction;
import fr.portailfamille.domain.catalogue.ActivityView;
import fr.portailfamille.domain.catalogue.UnitView;

/**
 * Requires and excludes, decided for a child's whole day at once: the units the child would hold once every change
 * goes through must all be satisfied. A supplement is refused without one of the units it requires (or a
 * cancellation that would leave a supplement alone), a unit is refused beside a unit it excludes (both, when both
 * are asked together). Refusing a change alters the day, so the rules are checked again until nothing more breaks.
 */
public final class UnitRulesPolicy {
    private UnitRulesPolicy() {
    }

    /** The changes that break a rule, by unit id; {@code held}: the units in which the child's cell is not free. */
    public static Map<String, RefusalCode> refusals(ActivityView activity, Set<String> held, List<CellChange> changes) {
        Map<String, RefusalCode> refused = new LinkedHashMap<>();
        boolean refusedMore = true;
        while (refusedMore) {
            Set<String> intended = intendedUnits(held, changes, refused);
            refusedMore = false;
            for (CellChange change : changes) {
                if (refused.containsKey(change.unitId())) {
                    continue;
                }
                Optional<RefusalCode> broken = change.action() == ReservationAction.RESERVE
                        ? reservationBreaks(activity, change.unitId(), intended)
                        : cancellationBreaks(activity, change.unitId(), intended);
                if (broken.isPresent()) {
                    refused.put(change.unitId(), broken.get());
                    refusedMore = true;
                }
            }
        }
        return refused;
    }

    private static Set<String> intendedUnits(Set<String> held, List<CellChange> changes,
                                             Map<String, RefusalCode> refused) {
        Set<String> intended = new LinkedHashSet<>(held);
        for (CellChange change : changes) {
            if (refused.containsKey(change.unitId())) {
                continue;
            }
            if (change.action() == ReservationAction.RESERVE) {
                intended.add(change.unitId());
            } else {
                intended.remove(change.unitId());
            }
        }
        return intended;
    }

    private static Optional<RefusalCode> reservationBreaks(ActivityView activity, String unitId,
                                                           Set<String> intended) {
        if (activity.unit(unitId).map(unit -> lacksRequiredUnit(unit, intended)).orElse(false)) {
            return Optional.of(RefusalCode.REQUIRES_UNIT);
        }
        boolean excluded = intended.stream()
                .anyMatch(other -> !other.equals(unitId) && activity.areExclusive(unitId, other));
        return excluded ? Optional.of(RefusalCode.EXCLUDED_UNIT) : Optional.empty();
    }

    /** Cancelling a unit that a remaining supplement needs (and nothing else satisfies) is refused. */
    private static Optional<RefusalCode> cancellationBreaks(ActivityView activity, String unitId,
                                                            Set<String> intended) {
        boolean needed = intended.stream()
                .map(activity::unit)
                .flatMap(Optional::stream)
                .anyMatch(unit -> unit.requiresAnyOf().contains(unitId) && lacksRequiredUnit(unit, intended));
        return needed ? Optional.of(RefusalCode.REQUIRES_UNIT) : Optional.empty();
    }

    private static boolean lacksRequiredUnit(UnitView unit, Set<String> intended) {
        return !unit.requiresAnyOf().isEmpty() && unit.requiresAnyOf().stream().noneMatch(intended::contains);
    }
}
