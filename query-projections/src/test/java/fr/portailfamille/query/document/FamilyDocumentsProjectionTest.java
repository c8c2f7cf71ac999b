package fr.portailfamille.query.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.portailfamille.api.document.DocumentKind;
import fr.portailfamille.api.document.DocumentReceived;
import fr.portailfamille.api.document.DocumentRefused;
import fr.portailfamille.api.document.DocumentStatus;
import fr.portailfamille.api.document.DocumentUploaded;
import fr.portailfamille.api.document.FamilyDocumentsOverview;
import fr.portailfamille.api.document.FamilyDocumentsOverview.RequiredDocument;
import fr.portailfamille.api.document.FileType;
import fr.portailfamille.api.document.FindDocumentsToCheck;
import fr.portailfamille.api.document.FindFamilyDocuments;
import fr.portailfamille.api.document.FindSubmittedDocument;
import fr.portailfamille.api.document.SubmittedDocument;
import fr.portailfamille.query.support.EmbeddedMongo;

class FamilyDocumentsProjectionTest {
    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");
    private static final String FAMILY = "family-1";
    private static final String YEAR = "2026-2027";
    private static final String DOSSIER = "documents:family-1:2026-2027";
    private static final String HOSTILE_NAME = "<img src=x onerror=alert(1)> - / ? : .pdf";

    private EmbeddedMongo mongo;
    private FamilyDocumentsProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new EmbeddedMongo();
        projection = new FamilyDocumentsProjection(mongo.database());
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private static DocumentUploaded uploaded(String documentId, DocumentKind kind, Instant at) {
        return new DocumentUploaded(DOSSIER, FAMILY, YEAR, documentId, kind, "file-" + documentId, HOSTILE_NAME,
                FileType.PDF, 2048, at);
    }

    private FamilyDocumentsOverview overview() {
        return projection.handle(new FindFamilyDocuments(FAMILY, YEAR));
    }

    private void givenHistory() {
        projection.on(uploaded("document-1", DocumentKind.FICHE_SANITAIRE, AT));
        projection.on(new DocumentRefused(DOSSIER, FAMILY, YEAR, "document-1", DocumentKind.FICHE_SANITAIRE,
                "Illisible"));
        projection.on(uploaded("document-2", DocumentKind.FICHE_SANITAIRE, AT.plusSeconds(60)));
        projection.on(uploaded("document-3", DocumentKind.ASSURANCE_RESPONSABILITE_CIVILE, AT.plusSeconds(120)));
        projection.on(new DocumentReceived(DOSSIER, FAMILY, YEAR, "document-3",
                DocumentKind.ASSURANCE_RESPONSABILITE_CIVILE));
    }

    @Test
    void givenNothingSent_whenFindingTheFamilysDocuments_thenEveryKindIsMissing() {
        assertThat(overview().required()).extracting(RequiredDocument::status)
                .containsExactly(DocumentStatus.MISSING, DocumentStatus.MISSING, DocumentStatus.MISSING);
        assertThat(overview().documents()).isEmpty();
    }

    @Test
    void givenUploadsAndDecisions_whenFindingTheFamilysDocuments_thenEachKindWhereItStandsAndNewestFirst() {
        givenHistory();

        FamilyDocumentsOverview overview = overview();

        assertThat(overview.required()).containsExactly(
                new RequiredDocument(DocumentKind.FICHE_SANITAIRE, DocumentStatus.SENT),
                new RequiredDocument(DocumentKind.ASSURANCE_RESPONSABILITE_CIVILE, DocumentStatus.RECEIVED),
                new RequiredDocument(DocumentKind.ASSURANCE_INDIVIDUELLE_ACCIDENT, DocumentStatus.MISSING));
        assertThat(overview.documents()).extracting(SubmittedDocument::documentId)
                .containsExactly("document-3", "document-2", "document-1");
        SubmittedDocument refused = overview.documents().get(2);
        assertThat(refused.status()).isEqualTo(DocumentStatus.REFUSED);
        assertThat(refused.reason()).isEqualTo("Illisible");
        assertThat(refused.fileName()).isEqualTo(HOSTILE_NAME);
    }

    @Test
    void givenUploadsAndDecisions_whenStaffLookForFilesToCheck_thenOnlyTheSentOnes() {
        givenHistory();

        assertThat(projection.handle(new FindDocumentsToCheck())).extracting(SubmittedDocument::documentId)
                .containsExactly("document-2");
        assertThat(projection.handle(new FindSubmittedDocument("document-3")).orElseThrow().status())
                .isEqualTo(DocumentStatus.RECEIVED);
        assertThat(projection.handle(new FindSubmittedDocument("document-9"))).isEmpty();
    }

    @Test
    void givenAnotherYearOrFamily_whenFinding_thenNothingOfThisOne() {
        givenHistory();

        assertThat(projection.handle(new FindFamilyDocuments(FAMILY, "2027-2028")).documents()).isEmpty();
        assertThat(projection.handle(new FindFamilyDocuments("family-2", YEAR)).documents()).isEmpty();
    }

    @Test
    void givenStatusesOfOneKind_whenSummarised_thenReceivedBeatsSentBeatsRefused() {
        SubmittedDocument refused = document(DocumentStatus.REFUSED);
        SubmittedDocument sent = document(DocumentStatus.SENT);
        SubmittedDocument received = document(DocumentStatus.RECEIVED);
        DocumentKind kind = DocumentKind.FICHE_SANITAIRE;

        assertThat(FamilyDocumentsProjection.statusOf(kind, List.of())).isEqualTo(DocumentStatus.MISSING);
        assertThat(FamilyDocumentsProjection.statusOf(kind, List.of(refused))).isEqualTo(DocumentStatus.REFUSED);
        assertThat(FamilyDocumentsProjection.statusOf(kind, List.of(refused, sent))).isEqualTo(DocumentStatus.SENT);
        assertThat(FamilyDocumentsProjection.statusOf(kind, List.of(sent, received, refused)))
                .isEqualTo(DocumentStatus.RECEIVED);
        assertThat(FamilyDocumentsProjection.statusOf(DocumentKind.ASSURANCE_INDIVIDUELLE_ACCIDENT,
                List.of(received))).isEqualTo(DocumentStatus.MISSING);
    }

    @Test
    void givenLiveReadModel_whenResetAndReplayed_thenTheSameAnswers() {
        givenHistory();
        FamilyDocumentsOverview live = overview();
        List<SubmittedDocument> liveToCheck = projection.handle(new FindDocumentsToCheck());

        projection.reset();
        assertThat(projection.handle(new FindDocumentsToCheck())).isEmpty();
        givenHistory();

        assertThat(overview()).isEqualTo(live);
        assertThat(projection.handle(new FindDocumentsToCheck())).isEqualTo(liveToCheck);
    }

    private static SubmittedDocument document(DocumentStatus status) {
        return new SubmittedDocument("document-1", DOSSIER, FAMILY, YEAR, DocumentKind.FICHE_SANITAIRE, "file-1",
                "a.pdf", FileType.PDF, 10, AT, status, null);
    }
}
