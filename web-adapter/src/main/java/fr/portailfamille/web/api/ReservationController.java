package fr.portailfamille.web.api;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.portailfamille.api.Role;
import fr.portailfamille.api.reservation.CellState;
import fr.portailfamille.web.problem.ApiException;
import fr.portailfamille.web.reservation.ChildReservations;
import fr.portailfamille.web.reservation.ChildReservations.DatedChange;
import fr.portailfamille.web.reservation.ChildReservations.DatedResult;
import fr.portailfamille.web.reservation.ChildReservations.TypicalWeekSummary;
import fr.portailfamille.web.reservation.GridComposer;
import fr.portailfamille.web.reservation.MonthGrid;
import fr.portailfamille.web.security.FamilyAccess;
import fr.portailfamille.web.security.PortailUser;

/** A child's reservations: the grid, the clicked cells of a submission and the typical week. */
@RestController
@RequestMapping("/api/children/{childId}")
public class ReservationController {
    private final FamilyAccess familyAccess;
    private final ChildReservations reservations;
    private final GridComposer gridComposer;

    public ReservationController(FamilyAccess familyAccess, ChildReservations reservations,
                                 GridComposer gridComposer) {
        this.familyAccess = familyAccess;
        this.reservations = reservations;
        this.gridComposer = gridComposer;
    }

    public record ChangesRequest(String activityId, List<DatedChange> changes) {
    }

    public record ChangesAnswer(List<DatedResult> results) {
    }

    public record TypicalWeekRequest(String activityId, LocalDate from, LocalDate to,
                                     Map<DayOfWeek, List<String>> days) {
    }

    public record GridAnswer(String childId, String activityId, YearMonth month, List<RowAnswer> rows) {
    }

    public record RowAnswer(String unitId, String label, List<CellAnswer> cells) {
    }

    public record CellAnswer(LocalDate date, CellState state, boolean modifiable) {
    }

    @PostMapping("/reservations")
    public ChangesAnswer change(@AuthenticationPrincipal PortailUser user, @PathVariable String childId,
                                @RequestBody ChangesRequest request) {
        familyAccess.child(user, childId, FamilyAccess.Intent.WRITE);
        return new ChangesAnswer(reservations.change(childId, request.activityId(), request.changes()));
    }

    @GetMapping("/grid")
    public GridAnswer grid(@AuthenticationPrincipal PortailUser user, @PathVariable String childId,
                           @RequestParam String activityId, @RequestParam YearMonth month,
                           @RequestParam(required = false) Instant asOf) {
        familyAccess.child(user, childId, FamilyAccess.Intent.READ);
        if (asOf != null && user.role() == Role.PARENT) {
            throw ApiException.forbidden();
        }
        MonthGrid grid = gridComposer.compose(childId, activityId, month,
                GridComposer.Viewer.of(user), asOf, Map.of());
        return new GridAnswer(childId, activityId, month, grid.rows().stream()
                .map(row -> new RowAnswer(row.unitId(), row.label(), row.cells().stream()
                        .map(cell -> new CellAnswer(cell.date(), cell.state(), cell.modifiable())).toList()))
                .toList());
    }

    @PostMapping("/typical-week")
    public TypicalWeekSummary typicalWeek(@AuthenticationPrincipal PortailUser user, @PathVariable String childId,
                                          @RequestBody TypicalWeekRequest request) {
        familyAccess.child(user, childId, FamilyAccess.Intent.WRITE);
        return reservations.applyTypicalWeek(childId, request.activityId(), request.from(), request.to(),
                request.days());
    }
}
