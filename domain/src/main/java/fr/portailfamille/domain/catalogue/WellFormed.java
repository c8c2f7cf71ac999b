package fr.portailfamille.domain.catalogue;

import java.util.HashSet;
import java.util.List;

import fr.portailfamille.api.catalogue.CatalogueMessages;

/** Checks that a catalogue command is well formed; a malformed command is an {@link IllegalArgumentException}. */
final class WellFormed {
    private WellFormed() {
    }

    static void catalogueId(String catalogueId) {
        text(catalogueId, "catalogueId");
        if (!CatalogueMessages.CATALOGUE_ID.equals(catalogueId)) {
            throw new IllegalArgumentException("the commune has one catalogue, '" + CatalogueMessages.CATALOGUE_ID
                    + "', not '" + catalogueId + "'");
        }
    }

    static void text(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    static void present(Object value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    /** Ids that are not blank, not repeated, and not {@code self}. */
    static void references(List<String> ids, String self, String name) {
        if (ids == null) {
            return;
        }
        ids.forEach(id -> text(id, name + " entry"));
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new IllegalArgumentException(name + " names a unit twice: " + ids);
        }
        if (ids.contains(self)) {
            throw new IllegalArgumentException(name + " cannot name the unit itself (" + self + ")");
        }
    }
}
