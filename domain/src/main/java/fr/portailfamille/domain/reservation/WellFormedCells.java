package fr.portailfamille.domain.reservation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import fr.portailfamille.api.family.ChildId;

/**
 * What makes the list of a slot command well formed: items that each name a child, a unit and a choice, once. The
 * list is named in French, in the plural, for the refusals people read.
 */
final class WellFormedCells {
    private WellFormedCells() {
    }

    static <T> void require(List<T> items, String what, Function<T, String> childId, Function<T, String> unitId,
                            Function<T, Object> choice) {
        if (items == null || items.isEmpty()) {
            throw new IllegalArgumentException("La liste des " + what + " est vide.");
        }
        Set<String> cells = new HashSet<>();
        for (T item : items) {
            if (item == null || unitId.apply(item) == null || choice.apply(item) == null) {
                throw new IllegalArgumentException("Chaque ligne de la liste des " + what
                        + " nomme un enfant, une unité et ce qu'il faut faire.");
            }
            new ChildId(childId.apply(item));
            if (!cells.add(childId.apply(item) + "/" + unitId.apply(item))) {
                throw new IllegalArgumentException("Une seule ligne par case dans la liste des " + what + " : "
                        + unitId.apply(item));
            }
        }
    }
}
