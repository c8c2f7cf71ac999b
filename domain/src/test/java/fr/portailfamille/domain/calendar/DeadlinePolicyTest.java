package fr.portailfamille.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import fr.portailfamille.api.catalogue.DeadlineRule;

class DeadlinePolicyTest {
    private final DeadlinePolicy policy = new DeadlinePolicy(DemoCalendar.view());
    private final DeadlineRule rule = DeadlineRule.DEFAULT;

    @Test
    void givenMonday_whenDeadline_thenPreviousFridayAt0930Paris() {
        assertThat(policy.deadline(rule, LocalDate.of(2026, 11, 30)))
                .isEqualTo(Instant.parse("2026-11-27T08:30:00Z"));
    }

    @Test
    void givenTuesday_whenDeadline_thenMondayAt0930Paris() {
        assertThat(policy.deadline(rule, LocalDate.of(2026, 12, 1)))
                .isEqualTo(Instant.parse("2026-11-30T08:30:00Z"));
    }

    @Test
    void givenTuesdayAfterEasterMonday_whenDeadline_thenFridayBefore() {
        assertThat(policy.deadlineDay(rule, LocalDate.of(2027, 3, 30))).isEqualTo(LocalDate.of(2027, 3, 26));
        assertThat(policy.deadline(rule, LocalDate.of(2027, 3, 30)))
                .isEqualTo(Instant.parse("2027-03-26T08:30:00Z"));
    }

    @Test
    void givenThursdayAfterArmistice_whenDeadline_thenTuesday() {
        assertThat(policy.deadlineDay(rule, LocalDate.of(2026, 11, 12))).isEqualTo(LocalDate.of(2026, 11, 10));
    }

    @Test
    void givenSpringForward_whenDeadline_thenWinterBeforeAndSummerAfter() {
        assertThat(policy.deadline(rule, LocalDate.of(2026, 3, 30))).isEqualTo(Instant.parse("2026-03-27T08:30:00Z"));
        assertThat(policy.deadline(rule, LocalDate.of(2026, 3, 31))).isEqualTo(Instant.parse("2026-03-30T07:30:00Z"));
    }

    @Test
    void givenFallBack_whenDeadline_thenSummerBeforeAndWinterAfter() {
        assertThat(policy.deadline(rule, LocalDate.of(2026, 10, 26))).isEqualTo(Instant.parse("2026-10-23T07:30:00Z"));
        assertThat(policy.deadline(rule, LocalDate.of(2026, 10, 27))).isEqualTo(Instant.parse("2026-10-26T08:30:00Z"));
        assertThat(policy.deadline(rule, LocalDate.of(2027, 11, 2))).isEqualTo(Instant.parse("2027-11-01T08:30:00Z"));
    }

    @Test
    void givenZeroWorkingDaysBefore_whenDeadline_thenTheDayItselfAtCutOff() {
        DeadlineRule sameDay = new DeadlineRule(LocalTime.of(8, 0), 0);
        assertThat(policy.deadline(sameDay, LocalDate.of(2026, 11, 11)))
                .isEqualTo(Instant.parse("2026-11-11T07:00:00Z"));
    }

    @Test
    void givenTwoWorkingDaysBefore_whenDeadlineForTuesday_thenPreviousFriday() {
        DeadlineRule twoDays = new DeadlineRule(LocalTime.of(12, 0), 2);
        assertThat(policy.deadline(twoDays, LocalDate.of(2026, 12, 1)))
                .isEqualTo(Instant.parse("2026-11-27T11:00:00Z"));
    }

    @Test
    void givenDeadline_whenNowIsJustBeforeOrAt_thenOpenOnlyStrictlyBefore() {
        LocalDate tuesday = LocalDate.of(2026, 12, 1);
        Instant deadline = Instant.parse("2026-11-30T08:30:00Z");
        assertThat(policy.isOpenForParents(rule, tuesday, deadline.minusNanos(1))).isTrue();
        assertThat(policy.isOpenForParents(rule, tuesday, deadline)).isFalse();
        assertThat(policy.isOpenForParents(rule, tuesday, deadline.plusSeconds(60))).isFalse();
    }
}
