package fr.portailfamille.domain.calendar;

import static fr.portailfamille.api.calendar.CalendarMessages.CALENDAR_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import fr.portailfamille.api.calendar.CalendarEvent;
import fr.portailfamille.api.calendar.ClosureDayDeclared;
import fr.portailfamille.api.calendar.ClosureDayWithdrawn;
import fr.portailfamille.domain.catalogue.DemoCommune;

class CalendarViewProperties {
    private final CalendarView calendar = DemoCalendar.view();

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 729).map(LocalDate.of(2026, 1, 1)::plusDays);
    }

    @Property
    void aDayIsNeverBothSchoolPeriodAndSchoolHoliday(@ForAll("days") LocalDate day) {
        assertThat(calendar.isSchoolPeriod(day) && calendar.isSchoolHoliday(day)).isFalse();
    }

    @Property
    void workingDaysAreExactlyWeekdaysThatAreNotPublicHolidays(@ForAll("days") LocalDate day) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        assertThat(calendar.isWorkingDay(day)).isEqualTo(!weekend && !calendar.isPublicHoliday(day));
    }

    @Property
    void schoolPeriodLiesInsideTheSchoolYear(@ForAll("days") LocalDate day) {
        if (calendar.isSchoolPeriod(day)) {
            assertThat(day).isBetween(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 2));
        }
    }

    @Property
    void declaringThenWithdrawingAClosureDayChangesNothing(@ForAll("days") LocalDate day) {
        CalendarView closed = calendar.with(new ClosureDayDeclared(CALENDAR_ID, day, "Grève"));
        assertThat(closed.isClosureDay(day)).isTrue();
        assertThat(closed.with(new ClosureDayWithdrawn(CALENDAR_ID, day))).isEqualTo(calendar);
    }

    @Property
    void theOrderOfDeclarationsDoesNotMatter(@ForAll("shuffledDemoEvents") List<CalendarEvent> events) {
        assertThat(CalendarView.of(events)).isEqualTo(calendar);
    }

    @Provide
    Arbitrary<List<CalendarEvent>> shuffledDemoEvents() {
        return Arbitraries.shuffle(DemoCommune.calendarEvents());
    }
}
