package fr.portailfamille.domain.catalogue;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.portailfamille.api.catalogue.ActivityDefined;
import fr.portailfamille.api.catalogue.CatalogueEvent;
import fr.portailfamille.api.catalogue.PeriodOpened;
import fr.portailfamille.api.catalogue.ServiceDefined;
import fr.portailfamille.api.catalogue.UnitDefined;
import fr.portailfamille.domain.calendar.CalendarView;

/**
 * The commune's catalogue as an immutable value, folded from {@link CatalogueEvent}s: services and activities in
 * definition order, each activity with its units and periods. A definition of a known id replaces the old one.
 */
public record CatalogueView(Map<String, ServiceView> services, Map<String, ActivityView> activities) {

    public static final CatalogueView EMPTY = new CatalogueView(Map.of(), Map.of());

    public CatalogueView {
        services = Collections.unmodifiableMap(new LinkedHashMap<>(services == null ? Map.of() : services));
        activities = Collections.unmodifiableMap(new LinkedHashMap<>(activities == null ? Map.of() : activities));
    }

    public static CatalogueView of(Iterable<? extends CatalogueEvent> events) {
        CatalogueView view = EMPTY;
        for (CatalogueEvent event : events) {
            view = view.with(event);
        }
        return view;
    }

    /** This catalogue once {@code event} has happened. */
    public CatalogueView with(CatalogueEvent event) {
        if (event instanceof ServiceDefined e) {
            Map<String, ServiceView> copy = new LinkedHashMap<>(services);
            copy.put(e.serviceId(), new ServiceView(e.serviceId(), e.label()));
            return new CatalogueView(copy, activities);
        }
        if (event instanceof ActivityDefined e) {
            ActivityView activity = activity(e.activityId())
                    .map(a -> a.redefinedAs(e.serviceId(), e.label(), e.type(), e.validationMode(), e.deadlineRule()))
                    .orElseGet(() -> new ActivityView(e.activityId(), e.serviceId(), e.label(), e.type(),
                            e.validationMode(), e.deadlineRule(), List.of(), List.of()));
            return withActivity(activity);
        }
        if (event instanceof UnitDefined e) {
            return withActivity(existing(e.activityId()).withUnit(new UnitView(e.unitId(), e.label(), e.opening(),
                    e.capacity(), e.requiresAnyOf(), e.excludes(), e.tariff())));
        }
        if (event instanceof PeriodOpened e) {
            return withActivity(existing(e.activityId()).withPeriod(new PeriodView(e.periodId(), e.activityId(),
                    e.label(), e.from(), e.to(), e.enrolmentFrom(), e.enrolmentTo())));
        }
        throw new IllegalArgumentException("unknown catalogue event " + event);
    }

    public Optional<ServiceView> service(String serviceId) {
        return Optional.ofNullable(services.get(serviceId));
    }

    public Optional<ActivityView> activity(String activityId) {
        return Optional.ofNullable(activities.get(activityId));
    }

    public Optional<UnitView> unit(String activityId, String unitId) {
        return activity(activityId).flatMap(a -> a.unit(unitId));
    }

    /** The period with this id, whichever its activity. */
    public Optional<PeriodView> period(String periodId) {
        return activities.values().stream().flatMap(a -> a.periods().stream())
                .filter(p -> p.periodId().equals(periodId)).findFirst();
    }

    public Optional<PeriodView> periodContaining(String activityId, LocalDate date) {
        return activity(activityId).flatMap(a -> a.periodContaining(date));
    }

    /** The unit can be reserved on {@code date}: see {@link UnitOpeningPolicy}. Unknown units are never open. */
    public boolean isOpen(String activityId, String unitId, LocalDate date, CalendarView calendar) {
        return closedBecause(activityId, unitId, date, calendar).isEmpty();
    }

    /** Empty when the unit is open on {@code date}; otherwise why it is closed. */
    public Optional<ClosedReason> closedBecause(String activityId, String unitId, LocalDate date,
                                                CalendarView calendar) {
        Optional<ActivityView> activity = activity(activityId);
        Optional<UnitView> unit = activity.flatMap(a -> a.unit(unitId));
        if (unit.isEmpty()) {
            return Optional.of(ClosedReason.UNKNOWN_UNIT);
        }
        return UnitOpeningPolicy.closedBecause(activity.get(), unit.get(), date, calendar);
    }

    private ActivityView existing(String activityId) {
        return activity(activityId).orElseThrow(
                () -> new IllegalStateException("catalogue history names unknown activity " + activityId));
    }

    private CatalogueView withActivity(ActivityView activity) {
        Map<String, ActivityView> copy = new LinkedHashMap<>(activities);
        copy.put(activity.activityId(), activity);
        return new CatalogueView(services, copy);
    }
}
