package fr.portailfamille.web.enrolment;

import java.util.List;

import fr.portailfamille.api.document.FamilyDocumentsOverview.RequiredDocument;
import fr.portailfamille.api.enrolment.EnrolmentSummary;

/**
 * A row of the staff queue: the enrolment, the family by Parent 1's name (null while the dossier is not known) and the
 * family's documents of that school year not received yet.
 */
public record PendingEnrolment(EnrolmentSummary enrolment, String familyName,
                               List<RequiredDocument> documentsNotReceived) {
}
