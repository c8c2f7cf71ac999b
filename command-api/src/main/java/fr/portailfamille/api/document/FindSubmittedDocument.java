package fr.portailfamille.api.document;

/** One sent file by id, if known; answers an optional {@link SubmittedDocument}. */
public record FindSubmittedDocument(String documentId) {
}
