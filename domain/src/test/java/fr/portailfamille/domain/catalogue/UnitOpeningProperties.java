package fr.portailfamille.domain.catalogue;

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

import fr.portailfamille.api.calendar.ClosureDayDeclared;
import fr.portailfamille.api.catalogue.DayKind;
import fr.portailfamille.domain.calendar.CalendarView;

class UnitOpeningProperties {
    private final CatalogueView catalogue = DemoCommune.catalogueView();
    private final CalendarView calendar = DemoCommune.calendarView();

    record DemoUnit(String activityId, String unitId) {
    }

    @Provide
    Arbitrary<DemoUnit> units() {
        List<DemoUnit> all = catalogue.activities().values().stream()
                .flatMap(a -> a.units().stream().map(u -> new DemoUnit(a.activityId(), u.unitId())))
                .toList();
        return Arbitraries.of(all);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 500).map(LocalDate.of(2026, 6, 1)::plusDays);
    }

    @Provide
    Arbitrary<LocalDate> publicHolidays() {
        return Arbitraries.of(List.copyOf(calendar.publicHolidays().keySet()));
    }

    @Property
    void neverOpenOnWeekends(@ForAll("units") DemoUnit unit, @ForAll("days") LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            assertThat(open(unit, day, calendar)).isFalse();
        }
    }

    @Property
    void neverOpenOnPublicHolidays(@ForAll("units") DemoUnit unit, @ForAll("publicHolidays") LocalDate day) {
        assertThat(open(unit, day, calendar)).isFalse();
    }

    @Property
    void neverOpenOnClosureDays(@ForAll("units") DemoUnit unit, @ForAll("days") LocalDate day) {
        CalendarView closed = calendar.with(new ClosureDayDeclared(CALENDAR_ID, day, "Grève"));
        assertThat(open(unit, day, closed)).isFalse();
    }

    @Property
    void neverOpenOutsideTheActivitysPeriods(@ForAll("units") DemoUnit unit, @ForAll("days") LocalDate day) {
        if (catalogue.periodContaining(unit.activityId(), day).isEmpty()) {
            assertThat(open(unit, day, calendar)).isFalse();
        }
    }

    @Property
    void openOnlyOnItsKindOfDay(@ForAll("units") DemoUnit unit, @ForAll("days") LocalDate day) {
        if (open(unit, day, calendar)) {
            DayKind kind = catalogue.unit(unit.activityId(), unit.unitId()).orElseThrow().opening().dayKind();
            assertThat(kind == DayKind.SCHOOL_PERIOD ? calendar.isSchoolPeriod(day) : calendar.isSchoolHoliday(day))
                    .isTrue();
        }
    }

    @Property
    void openExactlyWhenNoReasonToClose(@ForAll("units") DemoUnit unit, @ForAll("days") LocalDate day) {
        assertThat(open(unit, day, calendar))
                .isEqualTo(catalogue.closedBecause(unit.activityId(), unit.unitId(), day, calendar).isEmpty());
    }

    private boolean open(DemoUnit unit, LocalDate day, CalendarView calendarView) {
        return catalogue.isOpen(unit.activityId(), unit.unitId(), day, calendarView);
    }
}
