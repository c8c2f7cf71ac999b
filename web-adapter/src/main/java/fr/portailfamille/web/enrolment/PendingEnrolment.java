package fr.portailfamille.web.enrolment;

import java.util.List;

import fr.portailfamille.api.document.FamilyDocumentsOverview.RequiredDocument;
import fr.portailfamille.api.enrolment.EnrolmentSummary;

/** A row of the staff queue: the enrolment and the family's documents of that school year not received yet. */
public record PendingEnrolment(EnrolmentSummary enrolment, List<RequiredDocument> documentsNotReceived) {
}
