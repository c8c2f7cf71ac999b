package fr.portailfamille.domain.reservation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import fr.portailfamille.api.family.ChildId;

/** What makes the list of a slot command well formed: items that each name a child, a unit and a choice, once. */
final class WellFormedCells {
    private WellFormedCells() {
    }

    static <T> void require(List<T> items, String what, Function<T, String> childId, Function<T, String> unitId,
                            Function<T, Object> choice) {
        if (items == null || items.isEmpty()) {
            throw new IllegalArgumentException("at least one " + what + " is required");
        }
        Set<String> cells = new HashSet<>();
        for (T item : items) {
            if (item == null || unitId.apply(item) == null || choice.apply(item) == null) {
                throw new IllegalArgumentException("each " + what + " names a child, a unit and what to do");
            }
            new ChildId(childId.apply(item));
            if (!cells.add(childId.apply(item) + "/" + unitId.apply(item))) {
                throw new IllegalArgumentException("one " + what + " per cell: " + unitId.apply(item));
            }
        }
    }
}
