package fr.portailfamille.web.api;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import fr.portailfamille.api.document.DocumentKind;
import fr.portailfamille.api.document.DocumentStatus;
import fr.portailfamille.api.document.FamilyDocumentsOverview;
import fr.portailfamille.api.document.SubmittedDocument;
import fr.portailfamille.api.form.PublishedForm;
import fr.portailfamille.web.documents.FamilyDocumentService;
import fr.portailfamille.web.documents.FormService;
import fr.portailfamille.web.security.FamilyAccess.Intent;
import fr.portailfamille.web.security.PortailUser;

/** Required documents of a family (upload, download, staff decisions) and the forms to download. */
@RestController
public class DocumentController {
    private final FamilyDocumentService documents;
    private final FormService forms;

    public DocumentController(FamilyDocumentService documents, FormService forms) {
        this.documents = documents;
        this.forms = forms;
    }

    public record DocumentView(String documentId, String familyId, String schoolYear, DocumentKind kind,
                               String fileName, String mediaType, long size, Instant uploadedAt,
                               DocumentStatus status, String reason) {
        static DocumentView of(SubmittedDocument document) {
            return new DocumentView(document.documentId(), document.familyId(), document.schoolYear(),
                    document.kind(), document.fileName(), document.fileType().mediaType(), document.size(),
                    document.uploadedAt(), document.status(), document.reason());
        }
    }

    public record RequiredView(DocumentKind kind, DocumentStatus status) {
    }

    public record OverviewView(String familyId, String schoolYear, List<RequiredView> required,
                               List<DocumentView> documents) {
    }

    public record DocumentState(String documentId, DocumentStatus status) {
    }

    public record RefusalRequest(String reason) {
    }

    public record FormView(String formId, String title, String fileName, String mediaType, long size,
                           Instant publishedAt) {
    }

    public record FormCreated(String formId) {
    }

    @GetMapping("/api/families/{familyId}/documents")
    public OverviewView overview(@AuthenticationPrincipal PortailUser user, @PathVariable String familyId,
                                 @RequestParam(required = false) String schoolYear) {
        FamilyDocumentsOverview overview = documents.overview(user, familyId, schoolYear);
        return new OverviewView(overview.familyId(), overview.schoolYear(), overview.required().stream()
                .map(required -> new RequiredView(required.kind(), required.status())).toList(),
                overview.documents().stream().map(DocumentView::of).toList());
    }

    @PostMapping(path = "/api/families/{familyId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public DocumentState upload(@AuthenticationPrincipal PortailUser user, @PathVariable String familyId,
                                @RequestParam DocumentKind kind, @RequestParam(required = false) String schoolYear,
                                @RequestPart("file") MultipartFile file) {
        return new DocumentState(documents.upload(user, familyId, schoolYear, kind, file), DocumentStatus.SENT);
    }

    @GetMapping("/api/documents/{documentId}")
    public DocumentView document(@AuthenticationPrincipal PortailUser user, @PathVariable String documentId) {
        return DocumentView.of(documents.find(user, documentId, Intent.READ));
    }

    @GetMapping("/api/documents/{documentId}/file")
    public ResponseEntity<byte[]> file(@AuthenticationPrincipal PortailUser user, @PathVariable String documentId) {
        return documents.download(user, documentId);
    }

    @PostMapping("/api/documents/{documentId}/receive")
    public DocumentState receive(@AuthenticationPrincipal PortailUser user, @PathVariable String documentId) {
        documents.markReceived(user, documentId);
        return new DocumentState(documentId, DocumentStatus.RECEIVED);
    }

    @PostMapping("/api/documents/{documentId}/refuse")
    public DocumentState refuse(@AuthenticationPrincipal PortailUser user, @PathVariable String documentId,
                                @RequestBody RefusalRequest request) {
        documents.refuse(user, documentId, request.reason());
        return new DocumentState(documentId, DocumentStatus.REFUSED);
    }

    @GetMapping("/api/staff/documents")
    public List<DocumentView> toCheck(@AuthenticationPrincipal PortailUser user) {
        return documents.toCheck(user).stream().map(DocumentView::of).toList();
    }

    @GetMapping("/api/forms")
    public List<FormView> forms() {
        return forms.forms().stream().map(DocumentController::view).toList();
    }

    @PostMapping(path = "/api/forms", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public FormCreated publish(@AuthenticationPrincipal PortailUser user, @RequestParam String title,
                               @RequestPart("file") MultipartFile file) {
        return new FormCreated(forms.publish(user, title, file));
    }

    @GetMapping("/api/forms/{formId}/file")
    public ResponseEntity<byte[]> formFile(@PathVariable String formId) {
        return forms.download(formId);
    }

    @DeleteMapping("/api/forms/{formId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void withdraw(@AuthenticationPrincipal PortailUser user, @PathVariable String formId) {
        forms.withdraw(user, formId);
    }

    private static FormView view(PublishedForm form) {
        return new FormView(form.formId(), form.title(), form.fileName(), form.fileType().mediaType(), form.size(),
                form.publishedAt());
    }
}
