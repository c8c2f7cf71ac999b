package fr.portailfamille.domain.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.portailfamille.api.enrolment.EnrolmentStatus;
import fr.portailfamille.domain.catalogue.PeriodView;

class EnrolmentRulesTest {
    private static final PeriodView APS = new PeriodView("APS-2026-2027", "APS", "APS 2026-2027",
            LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 2), LocalDate.of(2026, 6, 1), LocalDate.of(2027, 6, 30));

    @Test
    void givenAParent_whenRequestingOnTheWindowsFirstAndLastDay_thenAllowedButNotTheDayBeforeOrAfter() {
        assertThat(EnrolmentRules.mayRequestOn(APS, LocalDate.of(2026, 6, 1), "PARENT")).isTrue();
        assertThat(EnrolmentRules.mayRequestOn(APS, LocalDate.of(2027, 6, 30), "PARENT")).isTrue();
        assertThat(EnrolmentRules.mayRequestOn(APS, LocalDate.of(2026, 5, 31), "PARENT")).isFalse();
        assertThat(EnrolmentRules.mayRequestOn(APS, LocalDate.of(2027, 7, 1), "PARENT")).isFalse();
    }

    @Test
    void givenStaff_whenRequestingLongAfterTheWindow_thenAllowed() {
        assertThat(EnrolmentRules.mayRequestOn(APS, LocalDate.of(2030, 1, 1), "STAFF")).isTrue();
    }

    @Test
    void givenEachStatus_whenRequestingAgain_thenOnlyNothingOrARejectionAllowsIt() {
        assertThat(EnrolmentRules.allowsNewRequest(null)).isTrue();
        assertThat(EnrolmentRules.allowsNewRequest(EnrolmentStatus.REJECTED)).isTrue();
        assertThat(EnrolmentRules.allowsNewRequest(EnrolmentStatus.PENDING)).isFalse();
        assertThat(EnrolmentRules.allowsNewRequest(EnrolmentStatus.VALIDATED)).isFalse();
        assertThat(EnrolmentRules.allowsNewRequest(EnrolmentStatus.ENDED)).isFalse();
    }

    @Test
    void givenEndDates_whenEnding_thenOnlyDaysOfThePeriod() {
        assertThat(EnrolmentRules.mayEndOn(APS, LocalDate.of(2026, 9, 1))).isTrue();
        assertThat(EnrolmentRules.mayEndOn(APS, LocalDate.of(2027, 7, 2))).isTrue();
        assertThat(EnrolmentRules.mayEndOn(APS, LocalDate.of(2027, 7, 3))).isFalse();
    }
}
