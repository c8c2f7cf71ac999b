package fr.portailfamille.domain.reservation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import fr.portailfamille.api.RuleViolation;
import fr.portailfamille.api.catalogue.ValidationMode;
import fr.portailfamille.api.reservation.SlotId;
import fr.portailfamille.domain.calendar.CalendarView;
import fr.portailfamille.domain.calendar.DeadlinePolicy;
import fr.portailfamille.domain.catalogue.ActivityView;
import fr.portailfamille.domain.catalogue.CatalogueLookup;
import fr.portailfamille.domain.catalogue.UnitOpeningPolicy;
import fr.portailfamille.domain.catalogue.UnitView;

/** A slot's day as the catalogue and the calendar define it now: its activity, units, opening and deadline. */
public record SlotDay(String slotId, String activityId, LocalDate date, ActivityView activity, CalendarView calendar,
                      Instant deadline) {

    /** The day a command names; a slot id that is not derived from its activity and date is malformed. */
    public static SlotDay of(String slotId, String activityId, LocalDate date, CatalogueLookup lookup) {
        if (!SlotId.of(activityId, date).value().equals(slotId)) {
            throw new IllegalArgumentException("the slot id must be derived from activity and date");
        }
        ActivityView activity = lookup.catalogue().activity(activityId)
                .orElseThrow(() -> new RuleViolation("UNKNOWN_ACTIVITY", "Activité inconnue : " + activityId));
        CalendarView calendar = lookup.calendar();
        Instant deadline = new DeadlinePolicy(calendar).deadline(activity.deadlineRule(), date);
        return new SlotDay(slotId, activityId, date, activity, calendar, deadline);
    }

    public Optional<UnitView> unit(String unitId) {
        return activity.unit(unitId);
    }

    public boolean isOpen(String unitId) {
        return unit(unitId).map(unit -> UnitOpeningPolicy.isOpen(activity, unit, date, calendar)).orElse(false);
    }

    /** Null when the unit has no limit. */
    public Integer capacity(String unitId) {
        return unit(unitId).map(UnitView::capacity).orElse(null);
    }

    public ValidationMode validationMode() {
        return activity.validationMode();
    }
}
