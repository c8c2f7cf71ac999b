package fr.portailfamille.api.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff refuse the file (unreadable, out of date…): the family must send it again. */
public record RefuseDocument(@TargetAggregateIdentifier String documentsId, String documentId, String reason) {
}
