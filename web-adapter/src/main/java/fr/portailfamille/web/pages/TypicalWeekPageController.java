package fr.portailfamille.web.pages;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.portailfamille.api.family.ChildSummary;
import fr.portailfamille.api.reservation.ReservablePeriod;
import fr.portailfamille.api.reservation.ReservationCalendar;
import fr.portailfamille.web.reservation.ChildReservations;
import fr.portailfamille.web.reservation.GridComposer;
import fr.portailfamille.web.reservation.ReservablePeriods;
import fr.portailfamille.web.security.FamilyAccess;
import fr.portailfamille.web.security.PortailUser;

/**
 * « Réservez selon une semaine type »: the units to reserve on each weekday and a period, then the confirmation
 * « Valider vos réservations selon cette semaine type sur la période du … au … ? », then the summary. Works without
 * JavaScript: each step is a form.
 */
@Controller
@RequestMapping("/reservations")
public class TypicalWeekPageController {
    private final FamilyAccess familyAccess;
    private final ReservablePeriods periods;
    private final ChildReservations reservations;
    private final GridComposer gridComposer;
    private final Clock clock;

    public TypicalWeekPageController(FamilyAccess familyAccess, ReservablePeriods periods,
                                     ChildReservations reservations, GridComposer gridComposer, Clock clock) {
        this.familyAccess = familyAccess;
        this.periods = periods;
        this.reservations = reservations;
        this.gridComposer = gridComposer;
        this.clock = clock;
    }

    /** A cell of the typical week form: a weekday and a unit. */
    public record WeekCell(DayOfWeek day, String unitId) {
    }

    @GetMapping("/{childId}/{activityId}/semaine-type")
    public String typicalWeekForm(@AuthenticationPrincipal PortailUser user, @PathVariable String childId,
                                  @PathVariable String activityId, Model model) {
        ChildSummary child = familyAccess.child(user, childId, FamilyAccess.Intent.WRITE);
        Optional<ReservablePeriod> period = periods.current(childId, activityId);
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        LocalDate from = period.map(ReservablePeriod::from).filter(start -> start.isAfter(tomorrow)).orElse(tomorrow);
        return typicalWeekPage(model, child, activityId, "formulaire", from,
                period.map(ReservablePeriod::to).orElse(from), Set.of());
    }

    @PostMapping("/{childId}/{activityId}/semaine-type")
    public String typicalWeek(@AuthenticationPrincipal PortailUser user, @PathVariable String childId,
                              @PathVariable String activityId,
                              @RequestParam(name = "du", required = false)
                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam(name = "au", required = false)
                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                              @RequestParam(name = "cases", required = false) List<String> cases,
                              @RequestParam(name = "etape", defaultValue = "verifier") String step, Model model) {
        ChildSummary child = familyAccess.child(user, childId, FamilyAccess.Intent.WRITE);
        Set<WeekCell> week = weekCells(cases);
        String error = from == null || to == null ? "Indiquez une période : du … au …."
                : to.isBefore(from) ? "La date de début doit précéder la date de fin."
                : week.isEmpty() ? "Cochez au moins une case de la semaine type." : null;
        if (error != null || step.equals("modifier")) {
            model.addAttribute("error", error);
            return typicalWeekPage(model, child, activityId, "formulaire", from, to, week);
        }
        if (!step.equals("confirmer")) {
            return typicalWeekPage(model, child, activityId, "confirmation", from, to, week);
        }
        Map<DayOfWeek, List<String>> days = new EnumMap<>(DayOfWeek.class);
        week.forEach(cell -> days.computeIfAbsent(cell.day(), day -> new ArrayList<>()).add(cell.unitId()));
        model.addAttribute("summary", reservations.applyTypicalWeek(childId, activityId, from, to, days));
        return typicalWeekPage(model, child, activityId, "resume", from, to, week);
    }

    private String typicalWeekPage(Model model, ChildSummary child, String activityId, String step, LocalDate from,
                                   LocalDate to, Set<WeekCell> week) {
        LocalDate anyDay = from != null ? from : LocalDate.now(clock);
        ReservationCalendar calendar = gridComposer.calendar(child.childId(), activityId, anyDay, anyDay);
        Set<DayOfWeek> weekdays = new TreeSet<>();
        calendar.units().forEach(unit -> weekdays.addAll(unit.weekdays()));
        model.addAttribute("child", child);
        model.addAttribute("calendar", calendar);
        model.addAttribute("weekdays", weekdays);
        model.addAttribute("step", step);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("week", week);
        model.addAttribute("weekKeys", week.stream().map(cell -> cell.day().name() + "|" + cell.unitId())
                .collect(Collectors.toSet()));
        model.addAttribute("unitLabels", calendar.units().stream().collect(LinkedHashMap<String, String>::new,
                (labels, unit) -> labels.put(unit.unitId(), unit.label()), Map::putAll));
        return "reservations/semaine-type";
    }

    private static Set<WeekCell> weekCells(List<String> cases) {
        Set<WeekCell> week = new LinkedHashSet<>();
        for (String value : cases == null ? List.<String>of() : cases) {
            String[] parts = value.split("\\|", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("Case de semaine type invalide.");
            }
            week.add(new WeekCell(DayOfWeek.valueOf(parts[0]), parts[1]));
        }
        return week;
    }
}
