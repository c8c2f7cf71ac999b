package fr.portailfamille.web.pages;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
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
import fr.portailfamille.api.reservation.ReservablePeriod;
import fr.portailfamille.api.reservation.ReservationOutcome;
import fr.portailfamille.web.reservation.ChildReservations;
import fr.portailfamille.web.reservation.ChildReservations.DatedChange;
import fr.portailfamille.web.reservation.ChildReservations.DatedResult;
import fr.portailfamille.web.reservation.GridComposer;
import fr.portailfamille.web.reservation.GridComposer.CellKey;
import fr.portailfamille.web.reservation.MonthGrid;
import fr.portailfamille.web.reservation.ReservablePeriods;
import fr.portailfamille.web.security.FamilyAccess;
import fr.portailfamille.web.security.PortailUser;

/**
 * « Mes réservations »: a parent's children and what each may reserve, and the monthly grid of a child and activity
 * (cells clicked in the page and sent together after « Valider vos modifications ? Oui »). Staff reach the same grid
 * from their lists; auditors read it.
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
    private final ReservablePeriods periods;

    public ReservationPagesController(FamilyAccess familyAccess, QueryGateway queryGateway,
                                      ChildReservations reservations, GridComposer gridComposer,
                                      ReservablePeriods periods) {
        this.familyAccess = familyAccess;
        this.queryGateway = queryGateway;
        this.reservations = reservations;
        this.gridComposer = gridComposer;
        this.periods = periods;
    }

    /** A child and the activities it may reserve. */
    public record ChildActivities(ChildSummary child, List<ReservablePeriod> periods) {
    }

    /** The cells a parent clicked, as the grid's script sends them. */
    public record Submission(List<DatedChange> changes) {
    }

    @GetMapping
    public String overview(@AuthenticationPrincipal PortailUser user, Model model) {
        if (user.role() != Role.PARENT) {
            return "redirect:/";
        }
        List<ChildActivities> children = queryGateway.query(new FindChildrenOfFamily(user.familyId()),
                        ResponseTypes.multipleInstancesOf(ChildSummary.class)).join().stream()
                .map(child -> new ChildActivities(child, periods.of(child.childId()))).toList();
        model.addAttribute("children", children);
        return "reservations/accueil";
    }

    @GetMapping("/{childId}/{activityId}")
    public String grid(@AuthenticationPrincipal PortailUser user, @PathVariable String childId,
                       @PathVariable String activityId, @RequestParam(name = "mois", required = false) YearMonth month,
                       Model model) {
        ChildSummary child = familyAccess.child(user, childId, FamilyAccess.Intent.READ);
        List<YearMonth> months = periods.months(childId, activityId);
        YearMonth shown = month != null ? month : periods.defaultMonth(months);
        model.addAttribute("child", child);
        model.addAttribute("months", months);
        model.addAttribute("grid", gridComposer.compose(childId, activityId, shown, GridComposer.Viewer.of(user), null, Map.of()));
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
        MonthGrid grid = gridComposer.compose(childId, activityId, month, GridComposer.Viewer.of(user), null, decided);
        model.addAttribute("grid", grid);
        model.addAttribute("results", results);
        model.addAttribute("unitLabels", unitLabels(grid));
        return "reservations/grille :: grille";
    }

    private static Map<String, String> unitLabels(MonthGrid grid) {
        Map<String, String> labels = new HashMap<>();
        grid.rows().forEach(row -> labels.put(row.unitId(), row.label()));
        return labels;
    }
}
