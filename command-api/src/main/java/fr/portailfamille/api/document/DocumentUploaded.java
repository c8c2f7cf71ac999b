package fr.portailfamille.api.document;

import java.time.Instant;

import org.axonframework.serialization.Revision;

@Revision("1")
public record DocumentUploaded(String documentsId, String familyId, String schoolYear, String documentId,
                               DocumentKind kind, String fileId, String fileName, FileType fileType, long size,
                               Instant uploadedAt) implements FamilyDocumentsEvent {
}
