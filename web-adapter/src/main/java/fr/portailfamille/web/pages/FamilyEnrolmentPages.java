package fr.portailfamille.web.pages;

import java.util.List;
import java.util.TreeSet;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import fr.portailfamille.api.enrolment.EnrolmentStatus;
import fr.portailfamille.api.enrolment.EnrolmentSummary;
import fr.portailfamille.api.family.ChildSummary;
import fr.portailfamille.api.family.FindChildrenOfFamily;
import fr.portailfamille.web.documents.FamilyDocumentService;
import fr.portailfamille.web.enrolment.EnrolmentService;
import fr.portailfamille.web.problem.ApiException;
import fr.portailfamille.web.security.FamilyAccess;
import fr.portailfamille.web.security.FamilyAccess.Intent;
import fr.portailfamille.web.security.PortailUser;

/** What the family pages (inscriptions, documents) share: whose family, its children and their enrolments. */
@Component
public class FamilyEnrolmentPages {
    private final QueryGateway queryGateway;
    private final FamilyAccess access;
    private final EnrolmentService enrolments;
    private final FamilyDocumentService documents;

    public FamilyEnrolmentPages(QueryGateway queryGateway, FamilyAccess access, EnrolmentService enrolments,
                       FamilyDocumentService documents) {
        this.queryGateway = queryGateway;
        this.access = access;
        this.enrolments = enrolments;
        this.documents = documents;
    }

    /** A child with its enrolments, as the pages list them. */
    public record ChildEnrolments(ChildSummary child, List<EnrolmentSummary> enrolments) {
    }

    /** The family a page is about: the parent's own, or the one staff and auditors name; 403 or 404 otherwise. */
    public String familyOf(PortailUser user, String familyId, Intent intent) {
        String family = familyId == null || familyId.isBlank() ? user.familyId() : familyId;
        if (family == null) {
            throw ApiException.notFound("Famille");
        }
        access.requireFamily(user, family, intent);
        return family;
    }

    public List<ChildSummary> children(String familyId) {
        return queryGateway.query(new FindChildrenOfFamily(familyId),
                ResponseTypes.multipleInstancesOf(ChildSummary.class)).join();
    }

    public List<ChildEnrolments> childEnrolments(PortailUser user, String familyId) {
        return children(familyId).stream()
                .map(child -> new ChildEnrolments(child, enrolments.ofChild(user, child.childId()))).toList();
    }

    /**
     * The school years documents are asked for, oldest first: today's, and those of the family's pending or
     * validated enrolments (in June, families enrol for the next year).
     */
    public List<String> schoolYears(List<ChildEnrolments> children) {
        TreeSet<String> years = new TreeSet<>(List.of(documents.currentSchoolYear()));
        children.forEach(child -> child.enrolments().stream()
                .filter(e -> e.status() == EnrolmentStatus.PENDING || e.status() == EnrolmentStatus.VALIDATED)
                .map(EnrolmentSummary::schoolYear).filter(year -> !year.isEmpty()).forEach(years::add));
        return List.copyOf(years);
    }
}
