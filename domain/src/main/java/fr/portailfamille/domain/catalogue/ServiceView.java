package fr.portailfamille.domain.catalogue;

/** A service (structure) of the commune, e.g. {@code APS-ALSH-TAP-RS DREFFEAC}. */
public record ServiceView(String serviceId, String label) {
}
