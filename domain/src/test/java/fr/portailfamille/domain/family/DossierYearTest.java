package fr.portailfamille.domain.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.portailfamille.api.family.DossierYear;

class DossierYearTest {

    @Test
    void givenDatesAroundJuly_whenAskingTheSchoolYear_thenJulyOpensTheComingYear() {
        assertThat(DossierYear.of(LocalDate.of(2026, 6, 30)).value()).isEqualTo("2025-2026");
        assertThat(DossierYear.of(LocalDate.of(2026, 7, 1)).value()).isEqualTo("2026-2027");
        assertThat(DossierYear.of(LocalDate.of(2026, 12, 1)).value()).isEqualTo("2026-2027");
        assertThat(DossierYear.of(LocalDate.of(2027, 1, 4)).value()).isEqualTo("2026-2027");
    }

    @Test
    void givenMalformedYears_whenBuilt_thenRefused() {
        assertThatThrownBy(() -> new DossierYear("2026-2028")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DossierYear("2026")).isInstanceOf(IllegalArgumentException.class);
    }
}
