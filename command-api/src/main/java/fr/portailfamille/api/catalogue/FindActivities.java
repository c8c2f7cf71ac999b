package fr.portailfamille.api.catalogue;

/** Every activity of the catalogue with its units and periods, in catalogue order. */
public record FindActivities() {
}
