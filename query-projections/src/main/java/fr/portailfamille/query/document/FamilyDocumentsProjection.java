package fr.portailfamille.query.document;

import static com.mongodb.client.model.Filters.eq;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;

import fr.portailfamille.api.document.DocumentKind;
import fr.portailfamille.api.document.DocumentReceived;
import fr.portailfamille.api.document.DocumentRefused;
import fr.portailfamille.api.document.DocumentStatus;
import fr.portailfamille.api.document.DocumentUploaded;
import fr.portailfamille.api.document.FamilyDocumentsId;
import fr.portailfamille.api.document.FamilyDocumentsOverview;
import fr.portailfamille.api.document.FamilyDocumentsOverview.RequiredDocument;
import fr.portailfamille.api.document.FindDocumentsToCheck;
import fr.portailfamille.api.document.FindFamilyDocuments;
import fr.portailfamille.api.document.FindSubmittedDocument;
import fr.portailfamille.api.document.SubmittedDocument;
import fr.portailfamille.query.support.DocumentMapper;
import fr.portailfamille.query.support.IdIndex;

/**
 * The documents families sent: one document per sent file keyed by its id, and index documents listing the files of
 * a family's school year ({@code documents:…}, the aggregate id) and the files staff have still to check
 * ({@code status:SENT}).
 */
@ProcessingGroup(FamilyDocumentsProjection.PROCESSING_GROUP)
public class FamilyDocumentsProjection {
    public static final String PROCESSING_GROUP = "family-documents";
    private static final String TO_CHECK = "status:" + DocumentStatus.SENT;

    private final MongoCollection<Document> documents;
    private final IdIndex index;

    public FamilyDocumentsProjection(MongoDatabase database) {
        this.documents = database.getCollection("family_documents");
        this.index = new IdIndex(database.getCollection("family_documents_index"));
    }

    @EventHandler
    public void on(DocumentUploaded event) {
        save(new SubmittedDocument(event.documentId(), event.documentsId(), event.familyId(), event.schoolYear(),
                event.kind(), event.fileId(), event.fileName(), event.fileType(), event.size(), event.uploadedAt(),
                DocumentStatus.SENT, null));
        index.add(event.documentsId(), event.documentId());
        index.add(TO_CHECK, event.documentId());
    }

    @EventHandler
    public void on(DocumentReceived event) {
        decide(event.documentId(), sent -> withStatus(sent, DocumentStatus.RECEIVED, null));
    }

    @EventHandler
    public void on(DocumentRefused event) {
        decide(event.documentId(), sent -> withStatus(sent, DocumentStatus.REFUSED, event.reason()));
    }

    @ResetHandler
    public void reset() {
        documents.drop();
        index.drop();
    }

    @QueryHandler
    public FamilyDocumentsOverview handle(FindFamilyDocuments query) {
        List<SubmittedDocument> sent = submitted(index.ids(FamilyDocumentsId.of(query.familyId(),
                query.schoolYear()).value())).stream()
                .sorted(Comparator.comparing(SubmittedDocument::uploadedAt).reversed())
                .toList();
        List<RequiredDocument> required = Arrays.stream(DocumentKind.values())
                .map(kind -> new RequiredDocument(kind, statusOf(kind, sent)))
                .toList();
        return new FamilyDocumentsOverview(query.familyId(), query.schoolYear(), required, sent);
    }

    @QueryHandler
    public Optional<SubmittedDocument> handle(FindSubmittedDocument query) {
        return submitted(List.of(String.valueOf(query.documentId()))).stream().findFirst();
    }

    @QueryHandler
    public List<SubmittedDocument> handle(FindDocumentsToCheck query) {
        return submitted(index.ids(TO_CHECK)).stream()
                .sorted(Comparator.comparing(SubmittedDocument::uploadedAt))
                .toList();
    }

    /**
     * Where a required kind stands, from the files sent for it: received once any was received, else awaiting
     * staff while one is sent, else refused (to send again), else missing.
     */
    static DocumentStatus statusOf(DocumentKind kind, List<SubmittedDocument> sent) {
        List<DocumentStatus> statuses = sent.stream().filter(document -> document.kind() == kind)
                .map(SubmittedDocument::status).toList();
        for (DocumentStatus status : List.of(DocumentStatus.RECEIVED, DocumentStatus.SENT, DocumentStatus.REFUSED)) {
            if (statuses.contains(status)) {
                return status;
            }
        }
        return DocumentStatus.MISSING;
    }

    private static SubmittedDocument withStatus(SubmittedDocument sent, DocumentStatus status, String reason) {
        return new SubmittedDocument(sent.documentId(), sent.documentsId(), sent.familyId(), sent.schoolYear(),
                sent.kind(), sent.fileId(), sent.fileName(), sent.fileType(), sent.size(), sent.uploadedAt(), status,
                reason);
    }

    private void decide(String documentId, UnaryOperator<SubmittedDocument> decision) {
        submitted(List.of(documentId)).forEach(sent -> save(decision.apply(sent)));
        index.remove(TO_CHECK, documentId);
    }

    private void save(SubmittedDocument document) {
        documents.replaceOne(eq("_id", document.documentId()), DocumentMapper.toDocument(document)
                .append("_id", document.documentId()), new ReplaceOptions().upsert(true));
    }

    private List<SubmittedDocument> submitted(List<String> documentIds) {
        return IdIndex.load(documents, documentIds, SubmittedDocument.class);
    }
}
