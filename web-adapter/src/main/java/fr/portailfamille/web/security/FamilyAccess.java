package fr.portailfamille.web.security;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import fr.portailfamille.api.Role;
import fr.portailfamille.api.family.ChildId;
import fr.portailfamille.api.family.ChildSummary;
import fr.portailfamille.api.family.FamilyId;
import fr.portailfamille.api.family.FindChild;
import fr.portailfamille.web.problem.ApiException;

/**
 * The one rule of who may see and touch a family's data: a parent their own family only, staff everything,
 * auditors read everything and change nothing. Every family and child endpoint and page goes through it.
 */
@Component
public class FamilyAccess {
    /** Reading or changing: auditors may only read. */
    public enum Intent {
        READ, WRITE
    }

    private final QueryGateway queryGateway;

    public FamilyAccess(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** The child, if this person may act on it with this intent; 404 for an unknown child, 403 otherwise. */
    public ChildSummary child(PortailUser user, String childId, Intent intent) {
        if (!ChildId.isValid(childId)) {
            throw ApiException.notFound("Enfant");
        }
        ChildSummary child = queryGateway.query(new FindChild(childId),
                ResponseTypes.optionalInstanceOf(ChildSummary.class)).join()
                .orElseThrow(() -> ApiException.notFound("Enfant"));
        requireFamily(user, child.familyId(), intent);
        return child;
    }

    /** Refuses with 403 unless this person may act on this family with this intent. */
    public void requireFamily(PortailUser user, String familyId, Intent intent) {
        if (!FamilyId.isValid(familyId)) {
            throw ApiException.notFound("Famille");
        }
        boolean allowed = switch (user.role()) {
            case STAFF -> true;
            case AUDITOR -> intent == Intent.READ;
            case PARENT -> familyId.equals(user.familyId());
        };
        if (!allowed) {
            throw ApiException.forbidden();
        }
    }

    /** Staff only (validations, attendance, billing, catalogue). */
    public void requireStaff(PortailUser user) {
        if (user.role() != Role.STAFF) {
            throw ApiException.forbidden();
        }
    }

    /** Staff or auditors (history, summaries). */
    public void requireStaffOrAuditor(PortailUser user) {
        if (user.role() == Role.PARENT) {
            throw ApiException.forbidden();
        }
    }
}
