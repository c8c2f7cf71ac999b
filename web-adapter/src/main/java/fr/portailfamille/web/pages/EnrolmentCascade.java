package fr.portailfamille.web.pages;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import fr.portailfamille.api.catalogue.ActivitySummary;
import fr.portailfamille.api.catalogue.ActivityType;

/**
 * The choices of « Nouvelle inscription », as in the old portal: service, then type d'activité, then activité, then
 * période, each list narrowed by the choices before it. A choice that no longer fits is dropped; a list of one is
 * chosen at once. Without a chosen activity, every period of the remaining activities is offered, so that the form
 * also works without JavaScript.
 */
public record EnrolmentCascade(List<Option> services, String service, List<Option> types, String type,
                        List<Option> activities, String activity, List<PeriodOption> periods, String period) {

    public record Option(String value, String label) {
    }

    public record PeriodOption(String value, String label, LocalDate from, LocalDate to, LocalDate enrolmentFrom,
                        LocalDate enrolmentTo, boolean open) {
    }

    static EnrolmentCascade of(List<ActivitySummary> catalogue, String service, String type, String activity,
                               String period, LocalDate today, EnrolmentLabels labels) {
        List<Option> services = distinct(catalogue, a -> new Option(a.serviceId(), a.serviceLabel()));
        String chosenService = chosen(services, service);
        List<ActivitySummary> ofService = catalogue.stream()
                .filter(a -> chosenService == null || a.serviceId().equals(chosenService)).toList();
        List<Option> types = distinct(ofService, a -> new Option(a.type().name(), labels.activityType(a.type())));
        String chosenType = chosen(types, type);
        List<ActivitySummary> ofType = ofService.stream()
                .filter(a -> chosenType == null || a.type() == ActivityType.valueOf(chosenType)).toList();
        List<Option> activities = distinct(ofType, a -> new Option(a.id(), a.label()));
        String chosenActivity = chosen(activities, activity);
        List<PeriodOption> periods = ofType.stream()
                .filter(a -> chosenActivity == null || a.id().equals(chosenActivity))
                .flatMap(a -> a.periods().stream())
                .map(p -> new PeriodOption(p.id(), p.label(), p.from(), p.to(), p.enrolmentFrom(), p.enrolmentTo(),
                        !today.isBefore(p.enrolmentFrom()) && !today.isAfter(p.enrolmentTo())))
                .toList();
        String chosenPeriod = chosen(periods.stream().map(p -> new Option(p.value(), p.label())).toList(), period);
        return new EnrolmentCascade(services, chosenService, types, chosenType, activities, chosenActivity, periods,
                chosenPeriod);
    }

    public Optional<PeriodOption> chosenPeriod() {
        return periods.stream().filter(p -> p.value().equals(period)).findFirst();
    }

    private static List<Option> distinct(List<ActivitySummary> activities, Function<ActivitySummary, Option> option) {
        Map<String, Option> byValue = new LinkedHashMap<>();
        activities.stream().map(option).forEach(o -> byValue.putIfAbsent(o.value(), o));
        return List.copyOf(byValue.values());
    }

    private static String chosen(List<Option> options, String wanted) {
        if (options.size() == 1) {
            return options.get(0).value();
        }
        return options.stream().map(Option::value).filter(value -> value.equals(wanted)).findFirst().orElse(null);
    }
}
