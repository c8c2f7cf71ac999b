package fr.portailfamille.web.pages;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.portailfamille.api.Role;
import fr.portailfamille.api.family.ChildSummary;
import fr.portailfamille.api.family.FindChildrenOfFamily;
import fr.portailfamille.api.reservation.CellState;
import fr.portailfamille.api.reservation.FindChildReservablePeriods;
import fr.portailfamille.api.reservation.ReservablePeriod;
import fr.portailfamille.api.reservation.ReservationCalendar;
import fr.portailfamille.api.reservation.ReservationOutcome;
import fr.portailfamille.web.reservation.ChildReservations;
import fr.portailfamille.web.reservation.ChildReservations.DatedChange;
import fr.portailfamille.web.reservation.ChildReservations.DatedResult;
import fr.portailfamille.web.reservation.GridComposer;
import fr.portailfamille.web.reservation.GridComposer.CellKey;
import fr.portailfamille.web.reservation.MonthGrid;
import fr.portailfamille.web.security.FamilyAccess;
import fr.portailfamille.web.security.PortailUser;

/**
 * « Mes réservations »: a parent's children and what each may reserve, the monthly grid of a child and activity
 * (cells clicked in the page and sent together after « Valider vos modifications ? Oui »), and the form « Réservez
 * selon une semaine type » with its confirmation and summary. Staff reach the same grid from their lists.
 */
@Controller
@RequestMapping("/reservations")
public class ReservationPagesController {
    private static final Map<ReservationOutcome, CellState> STATE_AFTER = Map.of(
            ReservationOutcome.REQUESTED, CellState.REQUESTED,
            ReservationOutcome.VALIDATED, CellState.VALIDATED,
            ReservationOutcome.WAITLISTED, CellState.WAITLISTED,
            ReservationOutcome.CANCELLATION_REQUESTED, CellState.CANCELLATION_REQUESTED,
            ReservationOutcome.CANCELLED, CellState.FREE,
            ReservationOutcome.WITHDRAWN, CellState.FREE);

    private final FamilyAccess familyAccess;
    private final QueryGateway queryGateway;
    private final ChildReservations reservations;
    private final GridComposer gridComposer;
    private final Clock clock;

    public ReservationPagesController(FamilyAccess familyAccess, QueryGateway queryGateway,
                                      ChildReservations reservations, GridComposer gridComposer, Clock clock) {
        this.familyAccess = familyAccess;
        this.queryGateway = queryGateway;
        this.reservations = reservations;
        this.gridComposer = gridComposer;
        this.clock = clock;
    }

    /** A child and the activities it may reserve. */
    public record ChildActivities(ChildSummary child, List<ReservablePeriod> periods) {
    }

    /** The cells a parent clicked, as the grid's script sends them. */
    public record Submission(List<DatedChange> changes) {
    }

    /** A cell of the typical week form: a weekday and a unit. */
    public record WeekCell(DayOfWeek day, String unitId) {
    }

    @GetMapping
    public String overview(@AuthenticationPrincipal PortailUser user, Model model) {
        if (user.role() != Role.PARENT) {
            return "redirect:/";
        }
        List<ChildActivities> children = queryGateway.query(new FindChildrenOfFamily(user.familyId()),
                        ResponseTypes.multipleInstancesOf(ChildSummary.class)).join().stream()
                .map(child -> new ChildActivities(child, periods(child.childId()))).toList();
        model.addAttribute("children", children);
        return "reservations/accueil";
    }

    @GetMapping("/{childId}/{activityId}")
    public String grid(@AuthenticationPrincipal PortailUser user, @PathVariable String childId,
                       @PathVariable String activityId, @RequestParam(name = "mois", required = false) YearMonth month,
                       Model model) {
        ChildSummary child = familyAccess.child(user, childId, FamilyAccess.Intent.READ);
        List<YearMonth> months = months(childId, activityId);
        YearMonth shown = month != null ? month : defaultMonth(months);
        model.addAttribute("child", child);
        model.addAttribute("months", months);
        model.addAttribute("grid", gridComposer.compose(childId, activityId, shown, viewer(user), null, Map.of()));
        return "reservations/grille";
    }

    /** The clicked cells, decided by the slots; answers the refreshed grid with each cell's result. */
    @PostMapping(path = "/{childId}/{activityId}/modifications", consumes = MediaType.APPLICATION_JSON_VALUE)
    public String submit(@AuthenticationPrincipal PortailUser user, @PathVariable String childId,
                         @PathVariable String activityId, @RequestParam("mois") YearMonth month,
                         @RequestBody Submission submission, Model model) {
        familyAccess.child(user, childId, FamilyAccess.Intent.WRITE);
        List<DatedResult> results = reservations.change(childId, activityId, submission.changes());
        Map<CellKey, CellState> decided = new HashMap<>();
        results.stream().filter(result -> STATE_AFTER.containsKey(result.outcome()))
                .forEach(result -> decided.put(new CellKey(result.date(), result.unitId()),
                        STATE_AFTER.get(result.outcome())));
        MonthGrid grid = gridComposer.compose(childId, activityId, month, viewer(user), null, decided);
        model.addAttribute("grid", grid);
        model.addAttribute("results", results);
        model.addAttribute("unitLabels", unitLabels(grid));
        return "reservations/grille :: grille";
    }

    @GetMapping("/{childId}/{activityId}/semaine-type")
    public String typicalWeekForm(@AuthenticationPrincipal PortailUser user, @PathVariable String childId,
                                  @PathVariable String activityId, Model model) {
        ChildSummary child = familyAccess.child(user, childId, FamilyAccess.Intent.WRITE);
        ReservablePeriod period = currentPeriod(childId, activityId);
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        LocalDate from = period == null || period.from().isBefore(tomorrow) ? tomorrow : period.from();
        return typicalWeekPage(model, child, activityId, "formulaire", from, period == null ? from : period.to(),
                Set.of());
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
        String error = from == null || to == null || to.isBefore(from) ? "Indiquez une période : du … au …."
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

    private static GridComposer.Viewer viewer(PortailUser user) {
        return new GridComposer.Viewer(user.role() != Role.AUDITOR, user.isStaff());
    }

    private static Map<String, String> unitLabels(MonthGrid grid) {
        Map<String, String> labels = new HashMap<>();
        grid.rows().forEach(row -> labels.put(row.unitId(), row.label()));
        return labels;
    }

    private List<ReservablePeriod> periods(String childId) {
        return queryGateway.query(new FindChildReservablePeriods(childId),
                ResponseTypes.multipleInstancesOf(ReservablePeriod.class)).join();
    }

    /** The period of this activity that today falls in, else the next one, else the last one. */
    private ReservablePeriod currentPeriod(String childId, String activityId) {
        LocalDate today = LocalDate.now(clock);
        List<ReservablePeriod> periods = periods(childId).stream()
                .filter(period -> period.activityId().equals(activityId))
                .sorted(Comparator.comparing(ReservablePeriod::from)).toList();
        return periods.stream().filter(period -> !period.to().isBefore(today)).findFirst()
                .orElse(periods.isEmpty() ? null : periods.get(periods.size() - 1));
    }

    /** The months of the child's periods in this activity, or the months around today when it has none. */
    private List<YearMonth> months(String childId, String activityId) {
        List<ReservablePeriod> periods = periods(childId).stream()
                .filter(period -> period.activityId().equals(activityId)).toList();
        YearMonth now = YearMonth.now(clock);
        YearMonth first = periods.stream().map(period -> YearMonth.from(period.from())).min(Comparator.naturalOrder())
                .orElse(now);
        YearMonth last = periods.stream().map(period -> YearMonth.from(period.to())).max(Comparator.naturalOrder())
                .orElse(now);
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    private YearMonth defaultMonth(List<YearMonth> months) {
        YearMonth now = YearMonth.now(clock);
        return months.contains(now) || months.isEmpty() ? now
                : months.stream().filter(month -> month.isAfter(now)).findFirst()
                .orElse(months.get(months.size() - 1));
    }
}
