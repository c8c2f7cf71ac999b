package fr.portailfamille.api.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A parent (or staff) sent a file for a required document. The file is already stored under {@code fileId};
 * {@code fileName} is the name it had on the sender's computer, kept only to be shown.
 */
public record UploadDocument(@TargetAggregateIdentifier String documentsId, String familyId, String schoolYear,
                             String documentId, DocumentKind kind, String fileId, String fileName,
                             FileType fileType, long size) {
}
