package fr.portailfamille.domain.calendar;

import static fr.portailfamille.api.calendar.CalendarMessages.CALENDAR_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.portailfamille.api.calendar.ClosureDayDeclared;
import fr.portailfamille.api.calendar.ClosureDayWithdrawn;
import fr.portailfamille.api.calendar.SchoolHolidaysDeclared;

class CalendarViewTest {
    private final CalendarView demo = DemoCalendar.view();

    @Test
    void givenDemoCalendar_whenAskedAboutSchoolDays_thenClassesRunOutsideHolidays() {
        assertThat(demo.isSchoolPeriod(LocalDate.of(2026, 9, 1))).isTrue();
        assertThat(demo.isSchoolPeriod(LocalDate.of(2026, 8, 31))).isFalse();
        assertThat(demo.isSchoolPeriod(LocalDate.of(2027, 7, 2))).isTrue();
        assertThat(demo.isSchoolPeriod(LocalDate.of(2027, 7, 3))).isFalse();
        assertThat(demo.isSchoolPeriod(LocalDate.of(2026, 10, 16))).isTrue();
        assertThat(demo.isSchoolPeriod(LocalDate.of(2026, 10, 17))).isFalse();
        assertThat(demo.isSchoolPeriod(LocalDate.of(2026, 11, 2))).isTrue();
    }

    @Test
    void givenDemoCalendar_whenAskedAboutHolidays_thenInsideDeclaredRangesOnly() {
        assertThat(demo.isSchoolHoliday(LocalDate.of(2026, 10, 17))).isTrue();
        assertThat(demo.isSchoolHoliday(LocalDate.of(2026, 11, 1))).isTrue();
        assertThat(demo.isSchoolHoliday(LocalDate.of(2026, 11, 2))).isFalse();
        assertThat(demo.isSchoolHoliday(LocalDate.of(2026, 12, 21))).isTrue();
        assertThat(demo.isSchoolHoliday(LocalDate.of(2027, 8, 31))).isTrue();
        assertThat(demo.holidaysContaining(LocalDate.of(2027, 2, 25)).map(SchoolHolidays::label))
                .contains("Hiver 2027");
    }

    @Test
    void givenDemoCalendar_whenAskedAboutWorkingDays_thenWeekdaysThatAreNotPublicHolidays() {
        assertThat(demo.isWorkingDay(LocalDate.of(2026, 11, 10))).isTrue();
        assertThat(demo.isWorkingDay(LocalDate.of(2026, 11, 11))).isFalse();
        assertThat(demo.isWorkingDay(LocalDate.of(2026, 11, 14))).isFalse();
        assertThat(demo.isWorkingDay(LocalDate.of(2026, 11, 15))).isFalse();
        assertThat(demo.isWorkingDay(LocalDate.of(2026, 12, 21))).isTrue();
        DemoCalendar.PUBLIC_HOLIDAYS.forEach(day -> assertThat(demo.isPublicHoliday(day)).isTrue());
        assertThat(demo.publicHolidays()).hasSize(7);
    }

    @Test
    void givenClosureDay_whenWithdrawn_thenTheCalendarIsAsBefore() {
        LocalDate pont = LocalDate.of(2026, 11, 12);
        CalendarView closed = demo.with(new ClosureDayDeclared(CALENDAR_ID, pont, "Pont"));
        assertThat(closed.isClosureDay(pont)).isTrue();
        assertThat(closed.closureReason(pont)).contains("Pont");
        assertThat(closed.with(new ClosureDayWithdrawn(CALENDAR_ID, pont))).isEqualTo(demo);
    }

    @Test
    void givenHolidays_whenNextYearsHolidaysCarryTheSameLabel_thenBothAreKept() {
        CalendarView view = CalendarView.of(List.of(
                new SchoolHolidaysDeclared(CALENDAR_ID, "Toussaint", LocalDate.of(2026, 10, 17),
                        LocalDate.of(2026, 11, 1)),
                new SchoolHolidaysDeclared(CALENDAR_ID, "Toussaint", LocalDate.of(2027, 10, 23),
                        LocalDate.of(2027, 11, 7))));
        assertThat(view.schoolHolidays()).hasSize(2);
        assertThat(view.isSchoolHoliday(LocalDate.of(2027, 10, 25))).isTrue();
    }
}
