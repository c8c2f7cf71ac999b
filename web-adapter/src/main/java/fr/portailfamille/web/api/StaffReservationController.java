package fr.portailfamille.web.api;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.portailfamille.api.reservation.AttendanceEntry;
import fr.portailfamille.api.reservation.AttendanceResults;
import fr.portailfamille.api.reservation.CellState;
import fr.portailfamille.api.reservation.DecisionResults;
import fr.portailfamille.api.reservation.StaffDecision;
import fr.portailfamille.web.reservation.StaffDesk;
import fr.portailfamille.web.security.FamilyAccess;
import fr.portailfamille.web.security.PortailUser;

/** Staff's work on an activity's day: the lists of cells, the decisions on requests and the attendance. */
@RestController
@RequestMapping("/api/staff")
public class StaffReservationController {
    private final FamilyAccess familyAccess;
    private final StaffDesk staffDesk;

    public StaffReservationController(FamilyAccess familyAccess, StaffDesk staffDesk) {
        this.familyAccess = familyAccess;
        this.staffDesk = staffDesk;
    }

    public record ListedCell(String childId, String childName, String unitId, LocalDate date, CellState state) {
    }

    public record DecisionsRequest(String activityId, LocalDate date, List<StaffDecision> decisions) {
    }

    public record AttendanceRequest(String activityId, LocalDate date, List<AttendanceEntry> records) {
    }

    @GetMapping("/reservations")
    public List<ListedCell> reservations(@AuthenticationPrincipal PortailUser user, @RequestParam String activityId,
                                         @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                         @RequestParam(required = false) CellState state) {
        familyAccess.requireStaff(user);
        staffDesk.requireKnownActivity(activityId);
        return staffDesk.entries(activityId, date, state).stream()
                .map(entry -> new ListedCell(entry.childId(), entry.childName(), entry.unitId(), entry.date(),
                        entry.state()))
                .toList();
    }

    @PostMapping("/reservations/decisions")
    public DecisionResults decide(@AuthenticationPrincipal PortailUser user, @RequestBody DecisionsRequest request) {
        familyAccess.requireStaff(user);
        return staffDesk.decide(request.activityId(), request.date(), request.decisions());
    }

    @PostMapping("/attendance")
    public AttendanceResults attendance(@AuthenticationPrincipal PortailUser user,
                                        @RequestBody AttendanceRequest request) {
        familyAccess.requireStaff(user);
        return staffDesk.recordAttendance(request.activityId(), request.date(), request.records());
    }
}
