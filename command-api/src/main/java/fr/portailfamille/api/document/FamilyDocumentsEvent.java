package fr.portailfamille.api.document;

/** What happened to the documents of a family for a school year. */
public sealed interface FamilyDocumentsEvent permits DocumentUploaded, DocumentReceived, DocumentRefused {
    String documentsId();

    String familyId();

    String schoolYear();

    String documentId();

    DocumentKind kind();
}
