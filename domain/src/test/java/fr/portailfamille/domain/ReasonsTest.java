package fr.portailfamille.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReasonsTest {

    @Test
    void givenReasons_whenRequired_thenTrimmedAndBounded() {
        assertThat(Reasons.required("  Complet ", "a rejection")).isEqualTo("Complet");
        assertThat(Reasons.required("x".repeat(500), "a rejection")).hasSize(500);
        assertThatThrownBy(() -> Reasons.required(null, "a rejection")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Reasons.required("\t ", "a rejection")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Reasons.required("x".repeat(501), "a rejection"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
