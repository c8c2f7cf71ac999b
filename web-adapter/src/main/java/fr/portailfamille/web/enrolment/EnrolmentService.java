package fr.portailfamille.web.enrolment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import fr.portailfamille.api.document.DocumentStatus;
import fr.portailfamille.api.document.FamilyDocumentsOverview;
import fr.portailfamille.api.document.FamilyDocumentsOverview.RequiredDocument;
import fr.portailfamille.api.document.FindFamilyDocuments;
import fr.portailfamille.api.enrolment.EndEnrolment;
import fr.portailfamille.api.enrolment.EnrolmentId;
import fr.portailfamille.api.enrolment.EnrolmentStatus;
import fr.portailfamille.api.enrolment.EnrolmentSummary;
import fr.portailfamille.api.enrolment.FindChildEnrolments;
import fr.portailfamille.api.enrolment.FindEnrolment;
import fr.portailfamille.api.enrolment.FindEnrolmentsInStatus;
import fr.portailfamille.api.enrolment.RejectEnrolment;
import fr.portailfamille.api.enrolment.RequestEnrolment;
import fr.portailfamille.api.enrolment.ValidateEnrolment;
import fr.portailfamille.api.family.ChildSummary;
import fr.portailfamille.api.family.FamilyDossier;
import fr.portailfamille.api.family.FindFamilyDossier;
import fr.portailfamille.query.enrolment.EnrolmentProjection;
import fr.portailfamille.web.family.ReadModels;
import fr.portailfamille.web.problem.ApiException;
import fr.portailfamille.web.security.FamilyAccess;
import fr.portailfamille.web.security.FamilyAccess.Intent;
import fr.portailfamille.web.security.PortailUser;

/**
 * Enrolments for the API and the pages alike: who may request, see and decide (through {@link FamilyAccess}), and
 * the commands and queries behind each step.
 */
@Service
public class EnrolmentService {
    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final FamilyAccess access;
    private final ReadModels readModels;
    private final Clock clock;

    public EnrolmentService(CommandGateway commandGateway, QueryGateway queryGateway, FamilyAccess access,
                            ReadModels readModels, Clock clock) {
        this.commandGateway = commandGateway;
        this.readModels = readModels;
        this.queryGateway = queryGateway;
        this.access = access;
        this.clock = clock;
    }

    /** A parent of the child or staff ask to enrol the child for the period; answers the enrolment id. */
    public String request(PortailUser user, String childId, String periodId) {
        ChildSummary child = access.child(user, childId, Intent.WRITE);
        if (periodId == null || periodId.isBlank()) {
            throw new IllegalArgumentException("Choisissez une période.");
        }
        String enrolmentId = EnrolmentId.of(childId, periodId).value();
        sendAndShow(new RequestEnrolment(enrolmentId, childId, child.familyId(), periodId));
        return enrolmentId;
    }

    public List<EnrolmentSummary> ofChild(PortailUser user, String childId) {
        access.child(user, childId, Intent.READ);
        return queryGateway.query(new FindChildEnrolments(childId),
                ResponseTypes.multipleInstancesOf(EnrolmentSummary.class)).join();
    }

    /** The enrolment, if this person may see it; 404 for an unknown one. */
    public EnrolmentSummary find(PortailUser user, String enrolmentId) {
        EnrolmentSummary enrolment = queryGateway.query(new FindEnrolment(enrolmentId),
                        ResponseTypes.optionalInstanceOf(EnrolmentSummary.class)).join()
                .orElseThrow(() -> ApiException.notFound("Inscription"));
        access.child(user, enrolment.childId(), Intent.READ);
        return enrolment;
    }

    public void validate(PortailUser user, String enrolmentId) {
        access.requireStaff(user);
        sendAndShow(new ValidateEnrolment(wellFormed(enrolmentId)));
    }

    public void reject(PortailUser user, String enrolmentId, String reason) {
        access.requireStaff(user);
        sendAndShow(new RejectEnrolment(wellFormed(enrolmentId), reason));
    }

    /** Désinscription from a day on. */
    public void end(PortailUser user, String enrolmentId, LocalDate from) {
        access.requireStaff(user);
        sendAndShow(new EndEnrolment(wellFormed(enrolmentId), from));
    }

    /**
     * The staff queue: enrolments in this status, oldest request first, each with its family's documents of that
     * school year that staff have not received yet.
     */
    public List<PendingEnrolment> queue(PortailUser user, EnrolmentStatus status) {
        access.requireStaff(user);
        List<EnrolmentSummary> enrolments = queryGateway.query(new FindEnrolmentsInStatus(status),
                ResponseTypes.multipleInstancesOf(EnrolmentSummary.class)).join();
        Map<String, List<RequiredDocument>> notReceivedByFamilyYear = new HashMap<>();
        Map<String, String> familyNames = new HashMap<>();
        return enrolments.stream().map(enrolment -> new PendingEnrolment(enrolment,
                familyNames.computeIfAbsent(enrolment.familyId(), this::parent1Name),
                notReceivedByFamilyYear.computeIfAbsent(enrolment.familyId() + "/" + enrolment.schoolYear(),
                        key -> documentsNotReceived(enrolment)))).toList();
    }

    /** The attestation d'inscription of a validated enrolment, as a PDF. */
    public byte[] attestation(PortailUser user, String enrolmentId) {
        EnrolmentSummary enrolment = find(user, enrolmentId);
        if (enrolment.status() != EnrolmentStatus.VALIDATED) {
            throw new ApiException(HttpStatus.CONFLICT, "ENROLMENT_NOT_VALIDATED",
                    "Une attestation n'est délivrée que pour une inscription validée.");
        }
        ChildSummary child = access.child(user, enrolment.childId(), Intent.READ);
        return AttestationPdf.render(enrolment, child, LocalDate.now(clock));
    }

    /** Sends the command and waits until the enrolments read model shows it, so that the next page does. */
    private void sendAndShow(Object command) {
        commandGateway.sendAndWait(command);
        readModels.awaitCaughtUp(EnrolmentProjection.PROCESSING_GROUP);
    }

    private String parent1Name(String familyId) {
        return queryGateway.query(new FindFamilyDossier(familyId),
                        ResponseTypes.optionalInstanceOf(FamilyDossier.class)).join()
                .map(FamilyDossier::parent1).map(FamilyDossier.Adult::fullName).orElse(null);
    }

    private List<RequiredDocument> documentsNotReceived(EnrolmentSummary enrolment) {
        if (enrolment.schoolYear().isEmpty()) {
            return List.of();
        }
        FamilyDocumentsOverview documents = queryGateway.query(new FindFamilyDocuments(enrolment.familyId(),
                enrolment.schoolYear()), FamilyDocumentsOverview.class).join();
        return documents.required().stream().filter(document -> document.status() != DocumentStatus.RECEIVED)
                .toList();
    }

    /** An id that cannot name an enrolment names none: 404, like an unknown one. */
    private static String wellFormed(String enrolmentId) {
        try {
            return new EnrolmentId(enrolmentId).value();
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("Inscription");
        }
    }
}
