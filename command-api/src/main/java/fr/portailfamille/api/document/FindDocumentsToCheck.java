package fr.portailfamille.api.document;

/** Every sent file that staff have not checked yet, oldest first; a list of {@link SubmittedDocument}. */
public record FindDocumentsToCheck() {
}
