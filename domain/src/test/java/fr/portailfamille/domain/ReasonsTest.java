package fr.portailfamille.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReasonsTest {

    @Test
    void givenReasons_whenRequired_thenTrimmedAndBounded() {
        assertThat(Reasons.required("  Complet ", "Un refus")).isEqualTo("Complet");
        assertThat(Reasons.required("x".repeat(500), "Un refus")).hasSize(500);
        assertThatThrownBy(() -> Reasons.required(null, "Un refus")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Reasons.required("\t ", "Un refus")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Reasons.required("x".repeat(501), "Un refus"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Un refus demande un motif d'au plus 500 caractères.");
    }
}
