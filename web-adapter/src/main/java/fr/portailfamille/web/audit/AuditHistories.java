package fr.portailfamille.web.audit;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import fr.portailfamille.api.audit.FindHistory;
import fr.portailfamille.api.audit.HistoryEntry;
import fr.portailfamille.api.audit.HistorySubject;
import fr.portailfamille.api.family.ChildSummary;
import fr.portailfamille.api.reservation.SlotId;
import fr.portailfamille.web.security.FamilyAccess;
import fr.portailfamille.web.security.PortailUser;

/**
 * The audit history of a child, a family or a slot, oldest first, and who may read it (staff and auditors): one place
 * for the API's JSON and CSV and for the pages.
 */
@Component
public class AuditHistories {
    private final QueryGateway queryGateway;
    private final FamilyAccess access;

    public AuditHistories(QueryGateway queryGateway, FamilyAccess access) {
        this.queryGateway = queryGateway;
        this.access = access;
    }

    /** The child whose history this person may read; 403 for a parent, 404 for an unknown child. */
    public ChildSummary readableChild(PortailUser user, String childId) {
        access.requireStaffOrAuditor(user);
        return access.child(user, childId, FamilyAccess.Intent.READ);
    }

    public List<HistoryEntry> ofChild(PortailUser user, String childId) {
        readableChild(user, childId);
        return of(HistorySubject.CHILD, childId);
    }

    public List<HistoryEntry> ofFamily(PortailUser user, String familyId) {
        access.requireStaffOrAuditor(user);
        access.requireFamily(user, familyId, FamilyAccess.Intent.READ);
        return of(HistorySubject.FAMILY, familyId);
    }

    public List<HistoryEntry> ofSlot(PortailUser user, String activityId, LocalDate date) {
        access.requireStaffOrAuditor(user);
        return of(HistorySubject.SLOT, SlotId.of(activityId, date).value());
    }

    /** The entries of a subject whose reader was checked. */
    public List<HistoryEntry> of(HistorySubject subject, String id) {
        return queryGateway.query(new FindHistory(subject, id), ResponseTypes.multipleInstancesOf(HistoryEntry.class))
                .join();
    }
}
