package fr.portailfamille.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.portailfamille.api.audit.FindHistory;
import fr.portailfamille.api.audit.HistoryEntry;
import fr.portailfamille.api.audit.HistorySubject;
import fr.portailfamille.api.reservation.SlotId;
import fr.portailfamille.web.security.FamilyAccess;
import fr.portailfamille.web.security.PortailUser;

/** The history of a child, a family or a slot, oldest first, for auditors and staff; JSON or CSV. */
@RestController
@RequestMapping("/api/audit")
public class AuditController {
    private final QueryGateway queryGateway;
    private final FamilyAccess access;

    public AuditController(QueryGateway queryGateway, FamilyAccess access) {
        this.queryGateway = queryGateway;
        this.access = access;
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
        return lines(childEntries(user, childId));
    }

    @GetMapping(value = "/children/{childId}/history.csv")
    public ResponseEntity<String> childHistoryCsv(@AuthenticationPrincipal PortailUser user,
                                                  @PathVariable String childId) {
        return HistoryCsv.download("historique-" + childId, childEntries(user, childId));
    }

    @GetMapping("/families/{familyId}/history")
    public List<HistoryLine> familyHistory(@AuthenticationPrincipal PortailUser user, @PathVariable String familyId) {
        return lines(familyEntries(user, familyId));
    }

    @GetMapping("/families/{familyId}/history.csv")
    public ResponseEntity<String> familyHistoryCsv(@AuthenticationPrincipal PortailUser user,
                                                   @PathVariable String familyId) {
        return HistoryCsv.download("historique-" + familyId, familyEntries(user, familyId));
    }

    @GetMapping("/slots/{activityId}/{date}/history")
    public List<HistoryLine> slotHistory(@AuthenticationPrincipal PortailUser user, @PathVariable String activityId,
                                         @PathVariable LocalDate date) {
        access.requireStaffOrAuditor(user);
        return lines(history(HistorySubject.SLOT, SlotId.of(activityId, date).value()));
    }

    private List<HistoryEntry> childEntries(PortailUser user, String childId) {
        access.requireStaffOrAuditor(user);
        access.child(user, childId, FamilyAccess.Intent.READ);
        return history(HistorySubject.CHILD, childId);
    }

    private List<HistoryEntry> familyEntries(PortailUser user, String familyId) {
        access.requireStaffOrAuditor(user);
        access.requireFamily(user, familyId, FamilyAccess.Intent.READ);
        return history(HistorySubject.FAMILY, familyId);
    }

    private List<HistoryEntry> history(HistorySubject subject, String id) {
        return queryGateway.query(new FindHistory(subject, id), ResponseTypes.multipleInstancesOf(HistoryEntry.class))
                .join();
    }

    private static List<HistoryLine> lines(List<HistoryEntry> entries) {
        return entries.stream().map(HistoryLine::of).toList();
    }
}
