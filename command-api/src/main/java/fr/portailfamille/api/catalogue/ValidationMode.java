package fr.portailfamille.api.catalogue;

/** MANUAL: staff turn requests into reservations; AUTOMATIC: a request is validated at once when a place is free. */
public enum ValidationMode {
    MANUAL, AUTOMATIC
}
