package fr.portailfamille.api.catalogue;

public enum ActivityType {
    PERISCOLAIRE, EXTRASCOLAIRE, RESTAURATION
}
