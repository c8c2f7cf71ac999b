package fr.portailfamille.domain.document;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import fr.portailfamille.api.RuleViolation;
import fr.portailfamille.api.document.DocumentKind;
import fr.portailfamille.api.document.DocumentReceived;
import fr.portailfamille.api.document.DocumentRefused;
import fr.portailfamille.api.document.DocumentStatus;
import fr.portailfamille.api.document.DocumentUploaded;
import fr.portailfamille.api.document.MarkDocumentReceived;
import fr.portailfamille.api.document.RefuseDocument;
import fr.portailfamille.api.document.UploadDocument;
import fr.portailfamille.domain.Reasons;

/**
 * The required documents of one family for one school year (fiche sanitaire, attestations d'assurance): files sent
 * by the family, each then received or refused by staff. The files themselves are stored outside the history.
 */
public class FamilyDocuments {
    @AggregateIdentifier
    private String documentsId;
    private String familyId;
    private String schoolYear;
    private final Map<String, Sent> documents = new HashMap<>();

    protected FamilyDocuments() {
    }

    /** What the aggregate remembers of a sent file: enough to decide on it and to recognise a repeated upload. */
    private record Sent(DocumentKind kind, String fileId, DocumentStatus status) {
        Sent withStatus(DocumentStatus newStatus) {
            return new Sent(kind, fileId, newStatus);
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(UploadDocument command, Clock clock) {
        DocumentRules.requireWellFormed(command);
        Sent known = documents.get(command.documentId());
        if (known != null) {
            if (known.kind() == command.kind() && known.fileId().equals(command.fileId())) {
                return;
            }
            throw new IllegalArgumentException("document id " + command.documentId() + " names another file");
        }
        if (!DocumentRules.acceptsUpload(statusesOf(command.kind()))) {
            throw new RuleViolation("DOCUMENT_ALREADY_RECEIVED",
                    "Ce document a déjà été reçu par le service enfance pour cette année scolaire.");
        }
        apply(new DocumentUploaded(command.documentsId(), command.familyId(), command.schoolYear(),
                command.documentId(), command.kind(), command.fileId(), command.fileName().trim(),
                command.fileType(), command.size(), clock.instant()));
    }

    @CommandHandler
    public void handle(MarkDocumentReceived command) {
        Sent sent = known(command.documentId());
        if (sent.status() == DocumentStatus.RECEIVED) {
            return;
        }
        requireAwaitingDecision(sent);
        apply(new DocumentReceived(documentsId, familyId, schoolYear, command.documentId(), sent.kind()));
    }

    @CommandHandler
    public void handle(RefuseDocument command) {
        String reason = Reasons.required(command.reason(), "Un refus");
        Sent sent = known(command.documentId());
        if (sent.status() == DocumentStatus.REFUSED) {
            return;
        }
        requireAwaitingDecision(sent);
        apply(new DocumentRefused(documentsId, familyId, schoolYear, command.documentId(), sent.kind(), reason));
    }

    private Sent known(String documentId) {
        Sent sent = documents.get(documentId);
        if (sent == null) {
            throw new RuleViolation("UNKNOWN_DOCUMENT", "Document introuvable.");
        }
        return sent;
    }

    private static void requireAwaitingDecision(Sent sent) {
        if (!DocumentRules.awaitsDecision(sent.status())) {
            throw new RuleViolation("DOCUMENT_ALREADY_CHECKED", "Ce document a déjà été vérifié.");
        }
    }

    private List<DocumentStatus> statusesOf(DocumentKind kind) {
        return documents.values().stream().filter(sent -> sent.kind() == kind).map(Sent::status).toList();
    }

    @EventSourcingHandler
    void on(DocumentUploaded event) {
        this.documentsId = event.documentsId();
        this.familyId = event.familyId();
        this.schoolYear = event.schoolYear();
        documents.put(event.documentId(), new Sent(event.kind(), event.fileId(), DocumentStatus.SENT));
    }

    @EventSourcingHandler
    void on(DocumentReceived event) {
        documents.computeIfPresent(event.documentId(), (id, sent) -> sent.withStatus(DocumentStatus.RECEIVED));
    }

    @EventSourcingHandler
    void on(DocumentRefused event) {
        documents.computeIfPresent(event.documentId(), (id, sent) -> sent.withStatus(DocumentStatus.REFUSED));
    }
}
