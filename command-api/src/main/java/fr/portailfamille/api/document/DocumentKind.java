package fr.portailfamille.api.document;

/** The documents every family provides each school year (seed: « Documents obligatoires à fournir »). */
public enum DocumentKind {
    FICHE_SANITAIRE, ASSURANCE_RESPONSABILITE_CIVILE, ASSURANCE_INDIVIDUELLE_ACCIDENT
}
