package fr.portailfamille.web.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import fr.portailfamille.api.document.DocumentKind;
import fr.portailfamille.api.document.FamilyDocumentsId;
import fr.portailfamille.api.document.FamilyDocumentsOverview;
import fr.portailfamille.api.document.FindDocumentsToCheck;
import fr.portailfamille.api.document.FindFamilyDocuments;
import fr.portailfamille.api.document.FindSubmittedDocument;
import fr.portailfamille.api.document.MarkDocumentReceived;
import fr.portailfamille.api.document.RefuseDocument;
import fr.portailfamille.api.document.SchoolYearId;
import fr.portailfamille.api.document.SubmittedDocument;
import fr.portailfamille.api.document.UploadDocument;
import fr.portailfamille.web.problem.ApiException;
import fr.portailfamille.web.security.FamilyAccess;
import fr.portailfamille.web.security.FamilyAccess.Intent;
import fr.portailfamille.web.security.PortailUser;

/**
 * The required documents of a family, for the API and the pages alike: who may see and send what (through
 * {@link FamilyAccess}), the checks on a file, its storage and the command that records it.
 */
@Service
public class FamilyDocumentService {
    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final FamilyAccess access;
    private final FileStorage storage;
    private final Clock clock;

    public FamilyDocumentService(CommandGateway commandGateway, QueryGateway queryGateway, FamilyAccess access,
                                 FileStorage storage, Clock clock) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.access = access;
        this.storage = storage;
        this.clock = clock;
    }

    /** The school year of today: the one documents are asked for unless another is named. */
    public String currentSchoolYear() {
        return SchoolYearId.containing(LocalDate.now(clock)).value();
    }

    public FamilyDocumentsOverview overview(PortailUser user, String familyId, String schoolYear) {
        access.requireFamily(user, familyId, Intent.READ);
        return queryGateway.query(new FindFamilyDocuments(familyId, schoolYearOrCurrent(schoolYear)),
                FamilyDocumentsOverview.class).join();
    }

    /** Checks, stores and records a file; answers the new document's id. A refused command leaves no file. */
    public String upload(PortailUser user, String familyId, String schoolYear, DocumentKind kind,
                         MultipartFile file) {
        access.requireFamily(user, familyId, Intent.WRITE);
        String year = schoolYearOrCurrent(schoolYear);
        if (kind == null) {
            throw new IllegalArgumentException("Choisissez le document envoyé.");
        }
        CheckedFile checked = UploadChecks.check(file);
        String documentId = "document-" + UUID.randomUUID();
        storage.storeAndRecord(checked, Map.of("familyId", familyId, "schoolYear", year, "documentId", documentId),
                fileId -> commandGateway.sendAndWait(new UploadDocument(FamilyDocumentsId.of(familyId, year).value(),
                        familyId, year, documentId, kind, fileId, checked.displayName(), checked.type(),
                        checked.content().length)));
        return documentId;
    }

    public SubmittedDocument find(PortailUser user, String documentId, Intent intent) {
        SubmittedDocument document = queryGateway.query(new FindSubmittedDocument(documentId),
                        ResponseTypes.optionalInstanceOf(SubmittedDocument.class)).join()
                .orElseThrow(() -> ApiException.notFound("Document"));
        access.requireFamily(user, document.familyId(), intent);
        return document;
    }

    public ResponseEntity<byte[]> download(PortailUser user, String documentId) {
        SubmittedDocument document = find(user, documentId, Intent.READ);
        byte[] content = storage.read(document.fileId()).orElseThrow(() -> ApiException.notFound("Fichier"));
        return Downloads.attachment(content, document.fileType(), document.fileName());
    }

    public void markReceived(PortailUser user, String documentId) {
        access.requireStaff(user);
        SubmittedDocument document = find(user, documentId, Intent.WRITE);
        commandGateway.sendAndWait(new MarkDocumentReceived(document.documentsId(), documentId));
    }

    public void refuse(PortailUser user, String documentId, String reason) {
        access.requireStaff(user);
        SubmittedDocument document = find(user, documentId, Intent.WRITE);
        commandGateway.sendAndWait(new RefuseDocument(document.documentsId(), documentId, reason));
    }

    /** The files staff have still to check, oldest first. */
    public List<SubmittedDocument> toCheck(PortailUser user) {
        access.requireStaff(user);
        return queryGateway.query(new FindDocumentsToCheck(),
                ResponseTypes.multipleInstancesOf(SubmittedDocument.class)).join();
    }

    private String schoolYearOrCurrent(String schoolYear) {
        if (schoolYear == null || schoolYear.isBlank()) {
            return currentSchoolYear();
        }
        if (!SchoolYearId.isValid(schoolYear)) {
            throw new IllegalArgumentException("L'année scolaire s'écrit comme 2026-2027.");
        }
        return schoolYear;
    }
}
