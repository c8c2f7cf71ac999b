package fr.portailfamille.api.form;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import fr.portailfamille.api.document.FileType;

@Revision("1")
public record FormPublished(String libraryId, String formId, String title, String fileId, String fileName,
                            FileType fileType, long size, Instant publishedAt) implements FormLibraryEvent {
}
