package fr.portailfamille.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.portailfamille.api.audit.HistoryEntry;
import fr.portailfamille.web.audit.AuditHistories;
import fr.portailfamille.web.security.PortailUser;

/** The history of a child, a family or a slot, oldest first, for auditors and staff; JSON or CSV. */
@RestController
@RequestMapping("/api/audit")
public class AuditController {
    private final AuditHistories histories;

    public AuditController(AuditHistories histories) {
        this.histories = histories;
    }

    public record HistoryLine(Instant at, String actorId, String actorRole, String type, String activityId,
                              LocalDate date, String unitId, String detail) {
        static HistoryLine of(HistoryEntry entry) {
            return new HistoryLine(entry.at(), entry.actorId(), entry.actorRole(), entry.type(), entry.activityId(),
                    entry.date(), entry.unitId(), entry.detail());
        }
    }

    @GetMapping("/children/{childId}/history")
    public List<HistoryLine> childHistory(@AuthenticationPrincipal PortailUser user, @PathVariable String childId) {
        return lines(histories.ofChild(user, childId));
    }

    @GetMapping(value = "/children/{childId}/history.csv")
    public ResponseEntity<String> childHistoryCsv(@AuthenticationPrincipal PortailUser user,
                                                  @PathVariable String childId) {
        return HistoryCsv.download("historique-" + childId, histories.ofChild(user, childId));
    }

    @GetMapping("/families/{familyId}/history")
    public List<HistoryLine> familyHistory(@AuthenticationPrincipal PortailUser user, @PathVariable String familyId) {
        return lines(histories.ofFamily(user, familyId));
    }

    @GetMapping("/families/{familyId}/history.csv")
    public ResponseEntity<String> familyHistoryCsv(@AuthenticationPrincipal PortailUser user,
                                                   @PathVariable String familyId) {
        return HistoryCsv.download("historique-" + familyId, histories.ofFamily(user, familyId));
    }

    @GetMapping("/slots/{activityId}/{date}/history")
    public List<HistoryLine> slotHistory(@AuthenticationPrincipal PortailUser user, @PathVariable String activityId,
                                         @PathVariable LocalDate date) {
        return lines(histories.ofSlot(user, activityId, date));
    }

    private static List<HistoryLine> lines(List<HistoryEntry> entries) {
        return entries.stream().map(HistoryLine::of).toList();
    }
}
