package fr.portailfamille.domain.document;

import java.util.Collection;

import fr.portailfamille.api.document.DocumentStatus;
import fr.portailfamille.api.document.FamilyDocumentsId;
import fr.portailfamille.api.document.UploadDocument;

/** The rules of a family's documents for a school year. */
final class DocumentRules {
    private DocumentRules() {
    }

    /** The id is derived from family and school year, and the upload names a kind and a stored file. */
    static void requireWellFormed(UploadDocument command) {
        if (!FamilyDocumentsId.of(command.familyId(), command.schoolYear()).value().equals(command.documentsId())) {
            throw new IllegalArgumentException("the documents id must be derived from family and school year");
        }
        StoredFileRules.requireText(command.documentId(), "L'identifiant de la pièce");
        if (command.kind() == null) {
            throw new IllegalArgumentException("Une pièce a un type.");
        }
        StoredFileRules.requireWellFormed(command.fileId(), command.fileName(), command.fileType(), command.size());
    }

    /** Once staff received a kind of document for the year, nothing more of that kind is needed. */
    static boolean acceptsUpload(Collection<DocumentStatus> statusesOfKind) {
        return !statusesOfKind.contains(DocumentStatus.RECEIVED);
    }

    /** Staff decide once on a sent file: received or refused. */
    static boolean awaitsDecision(DocumentStatus status) {
        return status == DocumentStatus.SENT;
    }
}
