package fr.portailfamille.web.api;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.portailfamille.api.catalogue.ActivitySummary;
import fr.portailfamille.api.catalogue.FindActivities;
import fr.portailfamille.api.catalogue.ValidationMode;

@RestController
@RequestMapping("/api/activities")
public class ActivityController {
    private final QueryGateway queryGateway;

    public ActivityController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    public record ActivityView(String id, String label, ValidationMode validationMode, List<UnitView> units,
                               List<PeriodView> periods) {
    }

    public record UnitView(String id, String label, Integer capacity) {
    }

    public record PeriodView(String id, String label, LocalDate from, LocalDate to) {
    }

    @GetMapping
    public List<ActivityView> activities() {
        return queryGateway.query(new FindActivities(), ResponseTypes.multipleInstancesOf(ActivitySummary.class))
                .join().stream()
                .map(activity -> new ActivityView(activity.id(), activity.label(), activity.validationMode(),
                        activity.units().stream()
                                .map(unit -> new UnitView(unit.id(), unit.label(), unit.capacity())).toList(),
                        activity.periods().stream()
                                .map(period -> new PeriodView(period.id(), period.label(), period.from(),
                                        period.to())).toList()))
                .toList();
    }
}
