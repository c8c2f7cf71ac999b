package fr.portailfamille.domain.calendar;

import static fr.portailfamille.api.calendar.CalendarMessages.CALENDAR_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import fr.portailfamille.api.calendar.PublicHolidayDeclared;
import fr.portailfamille.api.catalogue.DeadlineRule;

class DeadlinePolicyProperties {
    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
    private static final LocalTime NINE_THIRTY = LocalTime.of(9, 30);

    private final CalendarView calendar = DemoCalendar.view();
    private final DeadlinePolicy policy = new DeadlinePolicy(calendar);

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 729).map(FIRST::plusDays);
    }

    @Provide
    Arbitrary<LocalDate> mondays() {
        return Arbitraries.integers().between(0, 103)
                .map(week -> FIRST.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).plusWeeks(week));
    }

    @Provide
    Arbitrary<DeadlineRule> rulesWithDaysBefore() {
        return Combinators.combine(Arbitraries.integers().between(0, 23), Arbitraries.integers().between(0, 59),
                Arbitraries.integers().between(1, 10)).as((h, m, n) -> new DeadlineRule(LocalTime.of(h, m), n));
    }

    @Property
    void deadlineIsBeforeTheStartOfTheDayInParis(@ForAll("days") LocalDate day,
                                                 @ForAll("rulesWithDaysBefore") DeadlineRule rule) {
        Instant startOfDay = day.atStartOfDay(DeadlinePolicy.PARIS).toInstant();
        assertThat(policy.deadline(rule, day)).isBefore(startOfDay);
    }

    @Property
    void deadlineFallsOnAWorkingDayAtExactly0930Paris(@ForAll("days") LocalDate day) {
        ZonedDateTime deadline = policy.deadline(DeadlineRule.DEFAULT, day).atZone(DeadlinePolicy.PARIS);
        assertThat(calendar.isWorkingDay(deadline.toLocalDate())).isTrue();
        assertThat(deadline.toLocalTime()).isEqualTo(NINE_THIRTY);
    }

    @Property
    void noWorkingDayLiesStrictlyBetweenTheDeadlineDayAndTheDay(@ForAll("days") LocalDate day) {
        LocalDate deadlineDay = policy.deadlineDay(DeadlineRule.DEFAULT, day);
        assertThat(deadlineDay).isBefore(day);
        for (LocalDate between = deadlineDay.plusDays(1); between.isBefore(day); between = between.plusDays(1)) {
            assertThat(calendar.isWorkingDay(between)).as("%s is a working day before %s", between, day).isFalse();
        }
    }

    @Property
    void mondaysDeadlineIsThePreviousFriday(@ForAll("mondays") LocalDate monday) {
        LocalDate friday = monday.minusDays(3);
        Assume.that(!calendar.isPublicHoliday(friday));
        assertThat(policy.deadline(DeadlineRule.DEFAULT, monday))
                .isEqualTo(friday.atTime(NINE_THIRTY).atZone(DeadlinePolicy.PARIS).toInstant());
    }

    @Property
    void aPublicHolidayOnTheDeadlineDayMovesItToTheWorkingDayBefore(@ForAll("days") LocalDate day) {
        LocalDate deadlineDay = policy.deadlineDay(DeadlineRule.DEFAULT, day);
        CalendarView withHoliday = calendar.with(new PublicHolidayDeclared(CALENDAR_ID, deadlineDay, "Férié"));
        LocalDate moved = new DeadlinePolicy(withHoliday).deadlineDay(DeadlineRule.DEFAULT, day);
        assertThat(moved).isBefore(deadlineDay);
        assertThat(withHoliday.isWorkingDay(moved)).isTrue();
        assertThat(moved).isEqualTo(new DeadlinePolicy(withHoliday).deadlineDay(DeadlineRule.DEFAULT, deadlineDay));
    }

    @Property
    void deadlineIs0730ZInSummerTimeAnd0830ZInWinterTime(@ForAll("days") LocalDate day) {
        Instant deadline = policy.deadline(DeadlineRule.DEFAULT, day);
        LocalDate deadlineDay = deadline.atZone(DeadlinePolicy.PARIS).toLocalDate();
        int year = deadlineDay.getYear();
        LocalDate summerStarts = LocalDate.of(year, 3, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
        LocalDate summerEnds = LocalDate.of(year, 10, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
        boolean summer = !deadlineDay.isBefore(summerStarts) && deadlineDay.isBefore(summerEnds);
        assertThat(deadline.atOffset(ZoneOffset.UTC).toLocalTime())
                .isEqualTo(summer ? LocalTime.of(7, 30) : LocalTime.of(8, 30));
    }

    @Property
    void moreWorkingDaysBeforeMeansAnEarlierDeadline(@ForAll("days") LocalDate day,
                                                    @ForAll("rulesWithDaysBefore") DeadlineRule rule) {
        DeadlineRule oneMore = new DeadlineRule(rule.cutOff(), rule.workingDaysBefore() + 1);
        assertThat(policy.deadlineDay(oneMore, day)).isBefore(policy.deadlineDay(rule, day));
    }

    @Property
    void openForParentsExactlyWhileBeforeTheDeadline(@ForAll("days") LocalDate day,
                                                    @ForAll("minutesAroundDeadline") int minutes) {
        Instant deadline = policy.deadline(DeadlineRule.DEFAULT, day);
        Instant now = deadline.plusSeconds(60L * minutes);
        assertThat(policy.isOpenForParents(DeadlineRule.DEFAULT, day, now)).isEqualTo(minutes < 0);
    }

    @Provide
    Arbitrary<Integer> minutesAroundDeadline() {
        return Arbitraries.integers().between(-10_000, 10_000).edgeCases(c -> c.includeOnly(-1, 0, 1));
    }
}
