package fr.portailfamille.api.document;

import org.axonframework.serialization.Revision;

@Revision("1")
public record DocumentRefused(String documentsId, String familyId, String schoolYear, String documentId,
                              DocumentKind kind, String reason) implements FamilyDocumentsEvent {
}
