package fr.portailfamille.api.document;

import java.util.List;

/**
 * The documents of a family for a school year: each required kind with where it stands (what is missing), and
 * every file sent, newest first.
 */
public record FamilyDocumentsOverview(String familyId, String schoolYear, List<RequiredDocument> required,
                                      List<SubmittedDocument> documents) {

    public record RequiredDocument(DocumentKind kind, DocumentStatus status) {
    }
}
