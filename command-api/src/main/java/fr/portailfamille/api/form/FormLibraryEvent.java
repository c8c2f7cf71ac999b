package fr.portailfamille.api.form;

/** What happened to the forms that families can download. */
public sealed interface FormLibraryEvent permits FormPublished, FormWithdrawn {
    String libraryId();

    String formId();
}
