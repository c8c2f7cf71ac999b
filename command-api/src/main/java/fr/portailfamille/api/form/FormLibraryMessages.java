package fr.portailfamille.api.form;

/** Identifier of the commune's one library of forms to download (fiche sanitaire, mandat SEPA…). */
public final class FormLibraryMessages {
    public static final String LIBRARY_ID = "forms";

    private FormLibraryMessages() {
    }
}
