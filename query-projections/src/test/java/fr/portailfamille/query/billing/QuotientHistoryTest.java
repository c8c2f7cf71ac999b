package fr.portailfamille.query.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.portailfamille.api.catalogue.QuotientBracket;

class QuotientHistoryTest {

    @Test
    void givenAnOpeningQuotientAndTwoRanges_whenAskingTheBracketOfADay_thenTheLastRangeCoveringItWins() {
        QuotientHistory history = new QuotientHistory(850, List.of(
                new QuotientHistory.Period(600, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31)),
                new QuotientHistory.Period(1500, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31))));
        assertThat(history.bracketOn(LocalDate.of(2026, 8, 31))).isEqualTo(QuotientBracket.B);
        assertThat(history.bracketOn(LocalDate.of(2026, 9, 1))).isEqualTo(QuotientBracket.A);
        assertThat(history.bracketOn(LocalDate.of(2027, 1, 31))).isEqualTo(QuotientBracket.C);
        assertThat(history.bracketOn(LocalDate.of(2027, 8, 31))).isEqualTo(QuotientBracket.A);
        assertThat(history.bracketOn(LocalDate.of(2027, 9, 1))).isEqualTo(QuotientBracket.B);
    }

    @Test
    void givenNoQuotientAtAll_whenAskingTheBracket_thenC() {
        assertThat(new QuotientHistory(null, List.of()).bracketOn(LocalDate.of(2026, 11, 2)))
                .isEqualTo(QuotientBracket.C);
    }
}
