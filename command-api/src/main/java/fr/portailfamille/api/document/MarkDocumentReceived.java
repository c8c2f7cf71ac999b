package fr.portailfamille.api.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff checked the file: the document is received. */
public record MarkDocumentReceived(@TargetAggregateIdentifier String documentsId, String documentId) {
}
