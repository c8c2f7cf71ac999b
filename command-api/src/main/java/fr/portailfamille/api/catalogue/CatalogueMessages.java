package fr.portailfamille.api.catalogue;

/** Identifier of the commune's one catalogue aggregate. */
public final class CatalogueMessages {
    public static final String CATALOGUE_ID = "catalogue";

    private CatalogueMessages() {
    }
}
