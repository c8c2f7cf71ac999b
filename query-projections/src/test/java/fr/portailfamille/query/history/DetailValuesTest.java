package fr.portailfamille.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class DetailValuesTest {

    @Test
    void givenAmountsInCents_whenWrittenInEuros_thenGroupedByThousandsWithACommaBeforeTheCents() {
        assertThat(DetailValues.euros(0)).isEqualTo("0,00 €");
        assertThat(DetailValues.euros(5)).isEqualTo("0,05 €");
        assertThat(DetailValues.euros(-350)).isEqualTo("-3,50 €");
        assertThat(DetailValues.euros(123_456)).isEqualTo("1 234,56 €");
        assertThat(DetailValues.euros(100_000_000)).isEqualTo("1 000 000,00 €");
        assertThat(DetailValues.euros(Integer.MIN_VALUE)).isEqualTo("-21 474 836,48 €");
    }

    @Test
    void givenAnyAmount_whenWrittenInEuros_thenAsJavasGroupingFormatWritesIt() {
        Random random = new Random(42);
        IntStream.concat(IntStream.of(99, 100, 99_999, 100_000, 999_999_99, Integer.MAX_VALUE),
                IntStream.generate(random::nextInt).limit(2_000)).forEach(cents -> {
                    long magnitude = Math.abs((long) cents);
                    String expected = (cents < 0 ? "-" : "")
                            + String.format(Locale.ROOT, "%,d", magnitude / 100).replace(',', ' ') + ","
                            + String.format(Locale.ROOT, "%02d", magnitude % 100) + " €";
                    assertThat(DetailValues.euros(cents)).isEqualTo(expected);
                });
    }
}
