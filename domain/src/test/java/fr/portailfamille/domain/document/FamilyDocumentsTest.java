package fr.portailfamille.domain.document;

import static fr.portailfamille.domain.Violations.violation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.portailfamille.api.document.DocumentKind;
import fr.portailfamille.api.document.DocumentReceived;
import fr.portailfamille.api.document.DocumentRefused;
import fr.portailfamille.api.document.DocumentUploaded;
import fr.portailfamille.api.document.FamilyDocumentsId;
import fr.portailfamille.api.document.FileType;
import fr.portailfamille.api.document.MarkDocumentReceived;
import fr.portailfamille.api.document.RefuseDocument;
import fr.portailfamille.api.document.UploadDocument;

class FamilyDocumentsTest {
    private static final Instant NOW = Instant.parse("2026-12-01T07:00:00Z");
    private static final String FAMILY = "family-1";
    private static final String YEAR = "2026-2027";
    private static final String ID = FamilyDocumentsId.of(FAMILY, YEAR).value();
    private static final String HOSTILE_NAME = "../<script>alert(1)</script> - / ? : \".pdf";
    private static final DocumentUploaded UPLOADED = new DocumentUploaded(ID, FAMILY, YEAR, "document-1",
            DocumentKind.FICHE_SANITAIRE, "file-1", HOSTILE_NAME, FileType.PDF, 1234, NOW);
    private static final DocumentReceived RECEIVED = new DocumentReceived(ID, FAMILY, YEAR, "document-1",
            DocumentKind.FICHE_SANITAIRE);
    private static final DocumentRefused REFUSED = new DocumentRefused(ID, FAMILY, YEAR, "document-1",
            DocumentKind.FICHE_SANITAIRE, "Illisible");

    private AggregateTestFixture<FamilyDocuments> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FamilyDocuments.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneId.of("Europe/Paris")));
    }

    private static UploadDocument upload(String documentId, DocumentKind kind, String fileId) {
        return new UploadDocument(ID, FAMILY, YEAR, documentId, kind, fileId, HOSTILE_NAME, FileType.PDF, 1234);
    }

    @Test
    void givenNothing_whenAFileIsUploaded_thenDocumentUploadedWithItsNameAsGiven() {
        fixture.givenNoPriorActivity()
                .when(upload("document-1", DocumentKind.FICHE_SANITAIRE, "file-1"))
                .expectEvents(UPLOADED);
    }

    @Test
    void givenAnUpload_whenTheSameUploadIsRepeated_thenNothingIsRecorded() {
        fixture.given(UPLOADED)
                .when(upload("document-1", DocumentKind.FICHE_SANITAIRE, "file-1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAnUpload_whenItsIdNamesAnotherFile_thenMalformed() {
        fixture.given(UPLOADED)
                .when(upload("document-1", DocumentKind.FICHE_SANITAIRE, "file-2"))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenAReceivedFicheSanitaire_whenAnotherIsUploaded_thenDocumentAlreadyReceived() {
        fixture.given(UPLOADED, RECEIVED)
                .when(upload("document-2", DocumentKind.FICHE_SANITAIRE, "file-2"))
                .expectException(violation("DOCUMENT_ALREADY_RECEIVED"))
                .expectNoEvents();
    }

    @Test
    void givenARefusedFicheSanitaire_whenAnotherIsUploaded_thenDocumentUploaded() {
        fixture.given(UPLOADED, REFUSED)
                .when(upload("document-2", DocumentKind.FICHE_SANITAIRE, "file-2"))
                .expectEvents(new DocumentUploaded(ID, FAMILY, YEAR, "document-2", DocumentKind.FICHE_SANITAIRE,
                        "file-2", HOSTILE_NAME, FileType.PDF, 1234, NOW));
    }

    @Test
    void givenNothing_whenTheIdIsNotDerivedFromFamilyAndYear_thenMalformed() {
        fixture.givenNoPriorActivity()
                .when(new UploadDocument(FamilyDocumentsId.of(FAMILY, "2027-2028").value(), FAMILY, YEAR,
                        "document-1", DocumentKind.FICHE_SANITAIRE, "file-1", "a.pdf", FileType.PDF, 10))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void givenNothing_whenTheFileIsEmptyOrTooLarge_thenMalformed() {
        fixture.givenNoPriorActivity()
                .when(new UploadDocument(ID, FAMILY, YEAR, "document-1", DocumentKind.FICHE_SANITAIRE, "file-1",
                        "a.pdf", FileType.PDF, 0))
                .expectException(IllegalArgumentException.class);
        fixture.givenNoPriorActivity()
                .when(new UploadDocument(ID, FAMILY, YEAR, "document-1", DocumentKind.FICHE_SANITAIRE, "file-1",
                        "a.pdf", FileType.PDF, FileType.MAX_SIZE + 1))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenNothing_whenTheKindOrTypeIsMissing_thenMalformed() {
        fixture.givenNoPriorActivity()
                .when(new UploadDocument(ID, FAMILY, YEAR, "document-1", null, "file-1", "a.pdf", FileType.PDF, 1))
                .expectException(IllegalArgumentException.class);
        fixture.givenNoPriorActivity()
                .when(new UploadDocument(ID, FAMILY, YEAR, "document-1", DocumentKind.FICHE_SANITAIRE, "file-1",
                        "a.pdf", null, 1))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenASentFile_whenStaffMarkItReceived_thenDocumentReceived() {
        fixture.given(UPLOADED)
                .when(new MarkDocumentReceived(ID, "document-1"))
                .expectEvents(RECEIVED);
    }

    @Test
    void givenAReceivedFile_whenMarkedReceivedAgain_thenNothingIsRecorded() {
        fixture.given(UPLOADED, RECEIVED)
                .when(new MarkDocumentReceived(ID, "document-1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenARefusedFile_whenMarkedReceived_thenDocumentAlreadyChecked() {
        fixture.given(UPLOADED, REFUSED)
                .when(new MarkDocumentReceived(ID, "document-1"))
                .expectException(violation("DOCUMENT_ALREADY_CHECKED"));
    }

    @Test
    void givenASentFile_whenAnUnknownDocumentIsMarkedReceived_thenUnknownDocument() {
        fixture.given(UPLOADED)
                .when(new MarkDocumentReceived(ID, "document-9"))
                .expectException(violation("UNKNOWN_DOCUMENT"));
    }

    @Test
    void givenASentFile_whenStaffRefuseItWithAReason_thenDocumentRefused() {
        fixture.given(UPLOADED)
                .when(new RefuseDocument(ID, "document-1", " Illisible "))
                .expectEvents(REFUSED);
    }

    @Test
    void givenASentFile_whenRefusedWithoutReason_thenMalformed() {
        fixture.given(UPLOADED)
                .when(new RefuseDocument(ID, "document-1", ""))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void givenARefusedFile_whenRefusedAgain_thenNothingIsRecorded() {
        fixture.given(UPLOADED, REFUSED)
                .when(new RefuseDocument(ID, "document-1", "Autre motif"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAReceivedFile_whenRefused_thenDocumentAlreadyChecked() {
        fixture.given(UPLOADED, RECEIVED)
                .when(new RefuseDocument(ID, "document-1", "Illisible"))
                .expectException(violation("DOCUMENT_ALREADY_CHECKED"));
    }
}
