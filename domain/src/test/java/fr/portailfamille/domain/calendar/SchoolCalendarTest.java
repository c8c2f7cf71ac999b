package fr.portailfamille.domain.calendar;

import static fr.portailfamille.api.calendar.CalendarMessages.CALENDAR_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.portailfamille.api.calendar.ClosureDayDeclared;
import fr.portailfamille.api.calendar.ClosureDayWithdrawn;
import fr.portailfamille.api.calendar.DeclareClosureDay;
import fr.portailfamille.api.calendar.DeclarePublicHoliday;
import fr.portailfamille.api.calendar.DeclareSchoolHolidays;
import fr.portailfamille.api.calendar.DefineSchoolYear;
import fr.portailfamille.api.calendar.PublicHolidayDeclared;
import fr.portailfamille.api.calendar.SchoolHolidaysDeclared;
import fr.portailfamille.api.calendar.SchoolYearDefined;
import fr.portailfamille.api.calendar.WithdrawClosureDay;

class SchoolCalendarTest {
    private static final LocalDate SEP_1 = LocalDate.of(2026, 9, 1);
    private static final LocalDate JUL_2 = LocalDate.of(2027, 7, 2);
    private static final LocalDate TOUSSAINT_FROM = LocalDate.of(2026, 10, 17);
    private static final LocalDate TOUSSAINT_TO = LocalDate.of(2026, 11, 1);
    private static final LocalDate ARMISTICE = LocalDate.of(2026, 11, 11);
    private static final LocalDate PONT = LocalDate.of(2026, 11, 12);

    private AggregateTestFixture<SchoolCalendar> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SchoolCalendar.class);
    }

    // DefineSchoolYear

    @Test
    void givenNoCalendar_whenDefineSchoolYear_thenSchoolYearDefined() {
        fixture.givenNoPriorActivity()
                .when(new DefineSchoolYear(CALENDAR_ID, "2026-2027", SEP_1, JUL_2))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SchoolYearDefined(CALENDAR_ID, "2026-2027", SEP_1, JUL_2))
                .expectState(calendar -> assertThat(calendar.getView().isSchoolPeriod(SEP_1)).isTrue());
    }

    @Test
    void givenSchoolYear_whenDefineSameSchoolYear_thenNothingApplied() {
        fixture.given(new SchoolYearDefined(CALENDAR_ID, "2026-2027", SEP_1, JUL_2))
                .when(new DefineSchoolYear(CALENDAR_ID, "2026-2027", SEP_1, JUL_2))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenSchoolYear_whenDefineItWithOtherDates_thenSchoolYearDefinedAgainAndReplacesIt() {
        LocalDate sep2 = LocalDate.of(2026, 9, 2);
        fixture.given(new SchoolYearDefined(CALENDAR_ID, "2026-2027", SEP_1, JUL_2))
                .when(new DefineSchoolYear(CALENDAR_ID, "2026-2027", sep2, JUL_2))
                .expectEvents(new SchoolYearDefined(CALENDAR_ID, "2026-2027", sep2, JUL_2))
                .expectState(calendar -> assertThat(calendar.getView().schoolYears())
                        .containsExactly(new SchoolYear("2026-2027", sep2, JUL_2)));
    }

    @Test
    void givenSchoolYear_whenDefineNextSchoolYear_thenBothAreKept() {
        LocalDate nextFrom = LocalDate.of(2027, 9, 1);
        LocalDate nextTo = LocalDate.of(2028, 7, 4);
        fixture.given(new SchoolYearDefined(CALENDAR_ID, "2026-2027", SEP_1, JUL_2))
                .when(new DefineSchoolYear(CALENDAR_ID, "2027-2028", nextFrom, nextTo))
                .expectEvents(new SchoolYearDefined(CALENDAR_ID, "2027-2028", nextFrom, nextTo))
                .expectState(calendar -> assertThat(calendar.getView().schoolYears()).hasSize(2));
    }

    @Test
    void givenNoCalendar_whenDefineSchoolYearEndingBeforeItStarts_thenRefusedAsMalformed() {
        fixture.givenNoPriorActivity()
                .when(new DefineSchoolYear(CALENDAR_ID, "2026-2027", JUL_2, SEP_1))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void givenNoCalendar_whenDefineSchoolYearWithBlankLabel_thenRefusedAsMalformed() {
        fixture.givenNoPriorActivity()
                .when(new DefineSchoolYear(CALENDAR_ID, " ", SEP_1, JUL_2))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenNoCalendar_whenDefineSchoolYearOfAnotherCalendar_thenRefusedAsMalformed() {
        fixture.givenNoPriorActivity()
                .when(new DefineSchoolYear("other", "2026-2027", SEP_1, JUL_2))
                .expectException(IllegalArgumentException.class);
    }

    // DeclareSchoolHolidays

    @Test
    void givenSchoolYear_whenDeclareSchoolHolidays_thenSchoolHolidaysDeclared() {
        fixture.given(new SchoolYearDefined(CALENDAR_ID, "2026-2027", SEP_1, JUL_2))
                .when(new DeclareSchoolHolidays(CALENDAR_ID, "Toussaint 2026", TOUSSAINT_FROM, TOUSSAINT_TO))
                .expectEvents(new SchoolHolidaysDeclared(CALENDAR_ID, "Toussaint 2026", TOUSSAINT_FROM, TOUSSAINT_TO))
                .expectState(calendar -> {
                    assertThat(calendar.getView().isSchoolHoliday(LocalDate.of(2026, 10, 20))).isTrue();
                    assertThat(calendar.getView().isSchoolPeriod(LocalDate.of(2026, 10, 20))).isFalse();
                });
    }

    @Test
    void givenSchoolHolidays_whenDeclareSameHolidays_thenNothingApplied() {
        fixture.given(new SchoolHolidaysDeclared(CALENDAR_ID, "Toussaint 2026", TOUSSAINT_FROM, TOUSSAINT_TO))
                .when(new DeclareSchoolHolidays(CALENDAR_ID, "Toussaint 2026", TOUSSAINT_FROM, TOUSSAINT_TO))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenSchoolHolidays_whenDeclareOverlappingHolidays_thenDeclaredAgainAndReplacesThem() {
        LocalDate from = LocalDate.of(2026, 10, 18);
        fixture.given(new SchoolHolidaysDeclared(CALENDAR_ID, "Toussaint 2026", TOUSSAINT_FROM, TOUSSAINT_TO))
                .when(new DeclareSchoolHolidays(CALENDAR_ID, "Toussaint 2026", from, TOUSSAINT_TO))
                .expectEvents(new SchoolHolidaysDeclared(CALENDAR_ID, "Toussaint 2026", from, TOUSSAINT_TO))
                .expectState(calendar -> assertThat(calendar.getView().schoolHolidays())
                        .containsExactly(new SchoolHolidays("Toussaint 2026", from, TOUSSAINT_TO)));
    }

    @Test
    void givenNoCalendar_whenDeclareHolidaysEndingBeforeTheyStart_thenRefusedAsMalformed() {
        fixture.givenNoPriorActivity()
                .when(new DeclareSchoolHolidays(CALENDAR_ID, "Toussaint 2026", TOUSSAINT_TO, TOUSSAINT_FROM))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenNoCalendar_whenDeclareHolidaysWithoutEnd_thenRefusedAsMalformed() {
        fixture.givenNoPriorActivity()
                .when(new DeclareSchoolHolidays(CALENDAR_ID, "Toussaint 2026", TOUSSAINT_FROM, null))
                .expectException(IllegalArgumentException.class);
    }

    // DeclarePublicHoliday

    @Test
    void givenNoCalendar_whenDeclarePublicHoliday_thenPublicHolidayDeclared() {
        fixture.givenNoPriorActivity()
                .when(new DeclarePublicHoliday(CALENDAR_ID, ARMISTICE, "Armistice 1918"))
                .expectEvents(new PublicHolidayDeclared(CALENDAR_ID, ARMISTICE, "Armistice 1918"))
                .expectState(calendar -> assertThat(calendar.getView().isPublicHoliday(ARMISTICE)).isTrue());
    }

    @Test
    void givenPublicHoliday_whenDeclareItAgain_thenNothingApplied() {
        fixture.given(new PublicHolidayDeclared(CALENDAR_ID, ARMISTICE, "Armistice 1918"))
                .when(new DeclarePublicHoliday(CALENDAR_ID, ARMISTICE, "Armistice 1918"))
                .expectNoEvents();
    }

    @Test
    void givenPublicHoliday_whenDeclareItWithAnotherLabel_thenDeclaredAgain() {
        fixture.given(new PublicHolidayDeclared(CALENDAR_ID, ARMISTICE, "Armistice"))
                .when(new DeclarePublicHoliday(CALENDAR_ID, ARMISTICE, "Armistice 1918"))
                .expectEvents(new PublicHolidayDeclared(CALENDAR_ID, ARMISTICE, "Armistice 1918"))
                .expectState(calendar -> assertThat(calendar.getView().publicHolidayLabel(ARMISTICE))
                        .contains("Armistice 1918"));
    }

    @Test
    void givenNoCalendar_whenDeclarePublicHolidayWithoutDate_thenRefusedAsMalformed() {
        fixture.givenNoPriorActivity()
                .when(new DeclarePublicHoliday(CALENDAR_ID, null, "Armistice 1918"))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenNoCalendar_whenDeclarePublicHolidayWithBlankLabel_thenRefusedAsMalformed() {
        fixture.givenNoPriorActivity()
                .when(new DeclarePublicHoliday(CALENDAR_ID, ARMISTICE, ""))
                .expectException(IllegalArgumentException.class);
    }

    // DeclareClosureDay

    @Test
    void givenNoCalendar_whenDeclareClosureDay_thenClosureDayDeclared() {
        fixture.givenNoPriorActivity()
                .when(new DeclareClosureDay(CALENDAR_ID, PONT, "Pont du 11 novembre"))
                .expectEvents(new ClosureDayDeclared(CALENDAR_ID, PONT, "Pont du 11 novembre"))
                .expectState(calendar -> assertThat(calendar.getView().isClosureDay(PONT)).isTrue());
    }

    @Test
    void givenClosureDay_whenDeclareItAgain_thenNothingApplied() {
        fixture.given(new ClosureDayDeclared(CALENDAR_ID, PONT, "Pont du 11 novembre"))
                .when(new DeclareClosureDay(CALENDAR_ID, PONT, "Pont du 11 novembre"))
                .expectNoEvents();
    }

    @Test
    void givenClosureDay_whenDeclareItWithAnotherReason_thenDeclaredAgain() {
        fixture.given(new ClosureDayDeclared(CALENDAR_ID, PONT, "Pont du 11 novembre"))
                .when(new DeclareClosureDay(CALENDAR_ID, PONT, "Grève"))
                .expectEvents(new ClosureDayDeclared(CALENDAR_ID, PONT, "Grève"))
                .expectState(calendar -> assertThat(calendar.getView().closureReason(PONT)).contains("Grève"));
    }

    @Test
    void givenNoCalendar_whenDeclareClosureDayWithoutReason_thenRefusedAsMalformed() {
        fixture.givenNoPriorActivity()
                .when(new DeclareClosureDay(CALENDAR_ID, PONT, null))
                .expectException(IllegalArgumentException.class);
    }

    // WithdrawClosureDay

    @Test
    void givenClosureDay_whenWithdrawIt_thenClosureDayWithdrawn() {
        fixture.given(new ClosureDayDeclared(CALENDAR_ID, PONT, "Pont du 11 novembre"))
                .when(new WithdrawClosureDay(CALENDAR_ID, PONT))
                .expectEvents(new ClosureDayWithdrawn(CALENDAR_ID, PONT))
                .expectState(calendar -> assertThat(calendar.getView().isClosureDay(PONT)).isFalse());
    }

    @Test
    void givenWithdrawnClosureDay_whenWithdrawItAgain_thenNothingApplied() {
        fixture.given(new ClosureDayDeclared(CALENDAR_ID, PONT, "Pont du 11 novembre"),
                        new ClosureDayWithdrawn(CALENDAR_ID, PONT))
                .when(new WithdrawClosureDay(CALENDAR_ID, PONT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenOtherClosureDay_whenWithdrawUnknownDay_thenNothingApplied() {
        fixture.given(new ClosureDayDeclared(CALENDAR_ID, PONT, "Pont du 11 novembre"))
                .when(new WithdrawClosureDay(CALENDAR_ID, ARMISTICE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenNoCalendar_whenWithdrawClosureDay_thenNothingApplied() {
        fixture.givenNoPriorActivity()
                .when(new WithdrawClosureDay(CALENDAR_ID, PONT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenNoCalendar_whenWithdrawClosureDayWithoutDate_thenRefusedAsMalformed() {
        fixture.givenNoPriorActivity()
                .when(new WithdrawClosureDay(CALENDAR_ID, null))
                .expectException(IllegalArgumentException.class);
    }
}
