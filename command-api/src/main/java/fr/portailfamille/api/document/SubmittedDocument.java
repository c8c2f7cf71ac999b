package fr.portailfamille.api.document;

import java.time.Instant;

/** A file a family sent, with where it stands; {@code reason} is set when refused. */
public record SubmittedDocument(String documentId, String documentsId, String familyId, String schoolYear,
                                DocumentKind kind, String fileId, String fileName, FileType fileType, long size,
                                Instant uploadedAt, DocumentStatus status, String reason) {
}
