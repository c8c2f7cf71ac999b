package fr.portailfamille.web.pages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import fr.portailfamille.api.catalogue.ActivitySummary;
import fr.portailfamille.api.reservation.AttendanceEntry;
import fr.portailfamille.api.reservation.AttendanceStatus;
import fr.portailfamille.api.reservation.CellState;
import fr.portailfamille.api.reservation.Decision;
import fr.portailfamille.api.reservation.PendingDay;
import fr.portailfamille.api.reservation.StaffDecision;
import fr.portailfamille.web.problem.ApiException;
import fr.portailfamille.web.reservation.StaffDesk;
import fr.portailfamille.web.reservation.StaffDesk.Entry;
import fr.portailfamille.web.security.FamilyAccess;
import fr.portailfamille.web.security.PortailUser;

/**
 * The service enfance's pages: « Demandes à valider » (requests and cancellation requests of a day, decided in bulk,
 * with the places left) and « Appel du jour » (the day sheet per unit, presence taken on a tablet).
 */
@Controller
@RequestMapping("/service")
public class StaffPagesController {
    /** Form values name a cell as {@code childId|unitId}. */
    private static final String CELL_SEPARATOR = "|";
    private static final String STATUS_PREFIX = "statut:";

    private final FamilyAccess familyAccess;
    private final StaffDesk staffDesk;
    private final Clock clock;

    public StaffPagesController(FamilyAccess familyAccess, StaffDesk staffDesk, Clock clock) {
        this.familyAccess = familyAccess;
        this.staffDesk = staffDesk;
        this.clock = clock;
    }

    @GetMapping("/demandes")
    public String requests(@AuthenticationPrincipal PortailUser user,
                           @RequestParam(name = "activite", required = false) String activityId,
                           @RequestParam(name = "jour", required = false)
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
        familyAccess.requireStaff(user);
        ActivitySummary activity = chosenActivity(activityId, model);
        List<PendingDay> pendingDays = staffDesk.pendingDays(activity.id());
        LocalDate day = date != null ? date
                : pendingDays.isEmpty() ? LocalDate.now(clock) : pendingDays.get(0).date();
        List<Entry> entries = staffDesk.entries(activity.id(), day, null);
        model.addAttribute("pendingDays", pendingDays);
        model.addAttribute("day", day);
        model.addAttribute("requests", entries.stream().filter(e -> e.state() == CellState.REQUESTED).toList());
        model.addAttribute("cancellations", entries.stream()
                .filter(e -> e.state() == CellState.CANCELLATION_REQUESTED).toList());
        model.addAttribute("waitlisted", entries.stream().filter(e -> e.state() == CellState.WAITLISTED).toList());
        model.addAttribute("places", staffDesk.places(activity, entries));
        return "service/demandes";
    }

    @PostMapping("/demandes")
    public String decide(@AuthenticationPrincipal PortailUser user, @RequestParam("activite") String activityId,
                         @RequestParam("jour") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                         @RequestParam("decision") Decision decision,
                         @RequestParam(name = "cases", required = false) List<String> cells,
                         @RequestParam(name = "motif", required = false) String reason,
                         RedirectAttributes redirect) {
        familyAccess.requireStaff(user);
        if (cells == null || cells.isEmpty()) {
            redirect.addFlashAttribute("message", "Cochez au moins une demande.");
        } else {
            List<StaffDecision> decisions = cells.stream().map(cell -> {
                String[] parts = split(cell);
                return new StaffDecision(parts[0], parts[1], decision, reason);
            }).toList();
            redirect.addFlashAttribute("decisions", staffDesk.decide(activityId, date, decisions).results());
        }
        return "redirect:" + page("/service/demandes", activityId, date);
    }

    @GetMapping("/appel")
    public String daySheet(@AuthenticationPrincipal PortailUser user,
                           @RequestParam(name = "activite", required = false) String activityId,
                           @RequestParam(name = "jour", required = false)
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
        familyAccess.requireStaff(user);
        ActivitySummary activity = chosenActivity(activityId, model);
        LocalDate day = date != null ? date : LocalDate.now(clock);
        List<Entry> entries = staffDesk.entries(activity.id(), day, null);
        model.addAttribute("day", day);
        model.addAttribute("sheet", staffDesk.daySheet(activity, entries));
        model.addAttribute("places", staffDesk.places(activity, entries));
        model.addAttribute("statuses", AttendanceStatus.values());
        return "service/appel";
    }

    /** Every {@code statut:childId|unitId} field chosen on the sheet becomes one attendance record. */
    @PostMapping("/appel")
    public String recordAttendance(@AuthenticationPrincipal PortailUser user,
                                   @RequestParam("activite") String activityId,
                                   @RequestParam("jour") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                   LocalDate date,
                                   @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        familyAccess.requireStaff(user);
        List<AttendanceEntry> records = new ArrayList<>();
        form.forEach((name, value) -> {
            if (name.startsWith(STATUS_PREFIX) && !value.isBlank()) {
                String[] parts = split(name.substring(STATUS_PREFIX.length()));
                records.add(new AttendanceEntry(parts[0], parts[1], AttendanceStatus.valueOf(value)));
            }
        });
        if (records.isEmpty()) {
            redirect.addFlashAttribute("message", "Aucune présence à enregistrer.");
        } else {
            redirect.addFlashAttribute("attendance", staffDesk.recordAttendance(activityId, date, records)
                    .results());
        }
        return "redirect:" + page("/service/appel", activityId, date);
    }

    private ActivitySummary chosenActivity(String activityId, Model model) {
        List<ActivitySummary> activities = staffDesk.activities();
        if (activities.isEmpty()) {
            throw ApiException.notFound("Activité");
        }
        ActivitySummary activity = activityId == null ? activities.get(0) : activities.stream()
                .filter(candidate -> candidate.id().equals(activityId)).findFirst()
                .orElseThrow(() -> ApiException.notFound("Activité"));
        model.addAttribute("activities", activities);
        model.addAttribute("activity", activity);
        return activity;
    }

    private static String[] split(String cell) {
        int separator = cell.indexOf(CELL_SEPARATOR);
        if (separator <= 0 || separator == cell.length() - 1) {
            throw new IllegalArgumentException("Case invalide.");
        }
        return new String[] {cell.substring(0, separator), cell.substring(separator + 1)};
    }

    private static String page(String path, String activityId, LocalDate date) {
        return UriComponentsBuilder.fromPath(path).queryParam("activite", activityId).queryParam("jour", date)
                .build().encode().toUriString();
    }
}
