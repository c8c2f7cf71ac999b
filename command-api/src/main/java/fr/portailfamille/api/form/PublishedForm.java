package fr.portailfamille.api.form;

import java.time.Instant;

import fr.portailfamille.api.document.FileType;

/** A form families can download. */
public record PublishedForm(String formId, String title, String fileId, String fileName, FileType fileType,
                            long size, Instant publishedAt) {
}
