package fr.portailfamille.query.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fr.portailfamille.api.reservation.CellState;

class DayCellTest {

    @Test
    void givenIdsWithEveryEscapedCharacter_whenStoredAndRead_thenTheSameCell() {
        DayCell cell = new DayCell("child|a.b$%2E", "unit.c|d", CellState.PRESENT, false, 1_234_567_890_123L);

        assertThat(cell.key()).doesNotContain(".").doesNotStartWith("$");
        assertThat(cell.key().chars().filter(character -> character == '|').count()).isEqualTo(1);
        assertThat(DayCell.of(cell.key(), cell.value())).isEqualTo(cell);
    }

    @Test
    void givenAStoredValue_whenAskedItsState_thenOnlyThatState() {
        String value = new DayCell("child-a", "MERC_MIDI", CellState.CANCELLATION_REQUESTED, true, 3).value();

        assertThat(DayCell.isIn(value, CellState.CANCELLATION_REQUESTED)).isTrue();
        assertThat(DayCell.isIn(value, CellState.REQUESTED)).isFalse();
    }
}
