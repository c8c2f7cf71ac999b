package fr.portailfamille.api.document;

import org.axonframework.serialization.Revision;

@Revision("1")
public record DocumentReceived(String documentsId, String familyId, String schoolYear, String documentId,
                               DocumentKind kind) implements FamilyDocumentsEvent {
}
