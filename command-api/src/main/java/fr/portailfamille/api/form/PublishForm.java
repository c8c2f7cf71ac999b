package fr.portailfamille.api.form;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import fr.portailfamille.api.document.FileType;

/** Staff offer families a form to download; the file is already stored under {@code fileId}. */
public record PublishForm(@TargetAggregateIdentifier String libraryId, String formId, String title, String fileId,
                          String fileName, FileType fileType, long size) {
}
