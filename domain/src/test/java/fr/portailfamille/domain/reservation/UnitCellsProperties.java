package fr.portailfamille.domain.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.portailfamille.api.reservation.CellState;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the changes, a unit's cells read as a plain map changed the same way would, the places taken are those
 * of its holding cells, and every earlier version still reads as it did: across the settling of recent changes too.
 */
class UnitCellsProperties {
    private static final Set<CellState> HOLDING_A_PLACE = EnumSet.of(CellState.REQUESTED, CellState.VALIDATED,
            CellState.CANCELLATION_REQUESTED, CellState.PRESENT, CellState.ABSENT, CellState.ABSENT_JUSTIFIED);

    private record Change(String childId, CellState state) {
    }

    @Provide
    Arbitrary<List<Change>> changes() {
        Arbitrary<Change> change = Combinators.combine(Arbitraries.integers().between(0, 90).map(n -> "child-" + n),
                Arbitraries.of(CellState.values())).as(Change::new);
        return change.list().ofMinSize(1).ofMaxSize(4 * UnitCells.MOST_RECENT);
    }

    @Property(tries = 200)
    void readsAsAPlainMapAndKeepsEveryVersion(@ForAll("changes") List<Change> changes) {
        Map<String, CellState> model = new HashMap<>();
        List<UnitCells> versions = new ArrayList<>();
        List<Map<String, CellState>> models = new ArrayList<>();
        UnitCells cells = UnitCells.EMPTY;
        for (Change change : changes) {
            cells = cells.with(change.childId(), change.state());
            if (change.state() == CellState.FREE) {
                model.remove(change.childId());
            } else {
                model.put(change.childId(), change.state());
            }
            versions.add(cells);
            models.add(Map.copyOf(model));
        }
        for (int i = 0; i < versions.size(); i++) {
            UnitCells version = versions.get(i);
            Map<String, CellState> expected = models.get(i);
            assertThat(version).isEqualTo(expected);
            assertThat(version.size()).isEqualTo(expected.size());
            assertThat(version.placesTaken())
                    .isEqualTo((int) expected.values().stream().filter(HOLDING_A_PLACE::contains).count());
            for (int child = 0; child <= 90; child++) {
                assertThat(version.cell("child-" + child))
                        .isEqualTo(expected.getOrDefault("child-" + child, CellState.FREE));
            }
        }
        assertThat(UnitCells.of(new HashMap<>(model))).isEqualTo(cells).hasSameHashCodeAs(cells);
    }
}
