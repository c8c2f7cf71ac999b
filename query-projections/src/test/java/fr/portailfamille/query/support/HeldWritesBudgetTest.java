package fr.portailfamille.query.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeldWritesBudgetTest {
    private final HeldWritesBudget budget = new HeldWritesBudget(100);
    private final Object grids = "grids";
    private final Object history = "history";

    @Test
    void givenHoldersWithinTheBudget_whenOneHoldsMore_thenNoneMustWrite() {
        assertThat(budget.mustWrite(grids, 60)).isFalse();
        assertThat(budget.mustWrite(history, 40)).as("100 of 100").isFalse();
    }

    @Test
    void givenTheBudgetSpent_whenAHolderSaysWhatItHolds_thenOnlyTheOneHoldingTheMostMustWrite() {
        budget.mustWrite(grids, 60);

        assertThat(budget.mustWrite(history, 50)).as("over the budget, but the grids hold more").isFalse();
        assertThat(budget.mustWrite(grids, 70)).isTrue();
    }

    @Test
    void givenTheBudgetSpentOnce_whenCounted_thenOnlyTheWriteItForcedCounts() {
        budget.mustWrite(grids, 60);
        budget.mustWrite(history, 50);
        budget.mustWrite(grids, 70);
        budget.released(grids);
        budget.mustWrite(history, 50);

        assertThat(budget.writesBeforeTheEnd()).isEqualTo(1);
    }

    @Test
    void givenAHolderThatWrote_whenReleased_thenWhatItHeldNoLongerCounts() {
        budget.mustWrite(grids, 90);
        budget.released(grids);

        assertThat(budget.mustWrite(history, 50)).isFalse();
    }
}
