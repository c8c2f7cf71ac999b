package fr.portailfamille.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import fr.portailfamille.api.calendar.CalendarEvent;
import fr.portailfamille.api.catalogue.CatalogueEvent;
import fr.portailfamille.api.catalogue.DayKind;
import fr.portailfamille.api.catalogue.DeadlineRule;
import fr.portailfamille.api.catalogue.DefineUnit;
import fr.portailfamille.api.catalogue.QuotientBracket;
import fr.portailfamille.api.catalogue.Tariff;
import fr.portailfamille.api.catalogue.ValidationMode;
import fr.portailfamille.domain.calendar.CalendarView;
import fr.portailfamille.domain.calendar.SchoolCalendar;

class DemoCommuneTest {
    private final CatalogueView catalogue = DemoCommune.catalogueView();
    private final CalendarView calendar = DemoCommune.calendarView();

    @Test
    void givenEachPriorDemoCommand_whenNextCatalogueCommand_thenItAppliesItsDemoEvent() {
        List<Object> commands = DemoCommune.catalogueCommands();
        List<CatalogueEvent> events = DemoCommune.catalogueEvents();
        for (int i = 0; i < commands.size(); i++) {
            new AggregateTestFixture<>(Catalogue.class)
                    .givenCommands(commands.subList(0, i))
                    .when(commands.get(i))
                    .expectEvents(events.get(i));
        }
        new AggregateTestFixture<>(Catalogue.class)
                .givenCommands(commands.subList(0, commands.size() - 1))
                .when(commands.get(commands.size() - 1))
                .expectState(aggregate -> assertThat(aggregate.getView()).isEqualTo(catalogue));
    }

    @Test
    void givenEachPriorDemoCommand_whenNextCalendarCommand_thenItAppliesItsDemoEvent() {
        List<Object> commands = DemoCommune.calendarCommands();
        List<CalendarEvent> events = DemoCommune.calendarEvents();
        for (int i = 0; i < commands.size(); i++) {
            new AggregateTestFixture<>(SchoolCalendar.class)
                    .givenCommands(commands.subList(0, i))
                    .when(commands.get(i))
                    .expectEvents(events.get(i));
        }
    }

    @Test
    void givenDemoCatalogueLoaded_whenACommandIsSentAgain_thenNothingAppliedUnlessALaterCommandSupersedesIt() {
        List<Object> commands = DemoCommune.catalogueCommands();
        for (int i = 0; i < commands.size(); i++) {
            Object command = commands.get(i);
            boolean superseded = command instanceof DefineUnit unit && commands.subList(i + 1, commands.size())
                    .stream().anyMatch(later -> later instanceof DefineUnit u && u.unitId().equals(unit.unitId()));
            new AggregateTestFixture<>(Catalogue.class)
                    .givenCommands(commands)
                    .when(command)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(superseded ? new Object[] {DemoCommune.catalogueEvents().get(i)} : new Object[0]);
        }
    }

    @Test
    void givenEmptyCatalogueAndCalendar_whenCommandsToLoad_thenAllDemoCommands() {
        assertThat(DemoCommune.commandsToLoad(CatalogueView.EMPTY, CalendarView.EMPTY))
                .isEqualTo(DemoCommune.commands());
    }

    @Test
    void givenDemoLoaded_whenCommandsToLoad_thenNone() {
        assertThat(DemoCommune.commandsToLoad(catalogue, calendar)).isEmpty();
        assertThat(DemoCommune.commandsToLoad(catalogue, CalendarView.EMPTY))
                .isEqualTo(DemoCommune.calendarCommands());
        assertThat(DemoCommune.commandsToLoad(CatalogueView.EMPTY, calendar))
                .isEqualTo(DemoCommune.catalogueCommands());
    }

    @Test
    void givenDemoCommune_whenListingCommands_thenCatalogueThenCalendar() {
        assertThat(DemoCommune.commands()).hasSize(DemoCommune.catalogueCommands().size()
                + DemoCommune.calendarCommands().size());
        assertThat(DemoCommune.commands().get(0)).isEqualTo(DemoCommune.catalogueCommands().get(0));
    }

    @Test
    void givenDemoCatalogue_whenReadingActivities_thenModesDeadlinesAndUnitsOfTheDomain() {
        assertThat(catalogue.activities().keySet()).containsExactly("APS", "RS", "MERC", "ALSH");
        assertThat(catalogue.activity("RS").orElseThrow().validationMode()).isEqualTo(ValidationMode.AUTOMATIC);
        assertThat(catalogue.activity("ALSH").orElseThrow().validationMode()).isEqualTo(ValidationMode.MANUAL);
        catalogue.activities().values()
                .forEach(a -> assertThat(a.deadlineRule()).isEqualTo(DeadlineRule.DEFAULT));
        assertThat(catalogue.activity("APS").orElseThrow().units()).extracting(UnitView::unitId)
                .containsExactly("APS_MATIN", "APS_PTDEJ", "APS_SOIR", "APS_GOUTER");
        assertThat(catalogue.activity("MERC").orElseThrow().units()).extracting(UnitView::unitId)
                .containsExactly("MERC_MIDI", "MERC_APM", "MERC_GARD");
        assertThat(catalogue.activity("ALSH").orElseThrow().units()).extracting(UnitView::unitId)
                .containsExactly("ALSH_MATIN", "ALSH_APM", "ALSH_JOUR", "ALSH_REPAS", "ALSH_GARD");
        assertThat(catalogue.unit("MERC", "MERC_APM").orElseThrow().capacity()).isEqualTo(24);
        assertThat(catalogue.unit("ALSH", "ALSH_JOUR").orElseThrow().capacity()).isEqualTo(40);
        assertThat(catalogue.unit("APS", "APS_MATIN").orElseThrow().capacity()).isNull();
        assertThat(catalogue.unit("ALSH", "ALSH_GARD").orElseThrow().opening().dayKind()).isEqualTo(DayKind.HOLIDAYS);
    }

    @Test
    void givenDemoCatalogue_whenReadingUnitRules_thenRequiresAndExcludesOfTheDomain() {
        assertThat(catalogue.unit("APS", "APS_PTDEJ").orElseThrow().requiresAnyOf()).containsExactly("APS_MATIN");
        assertThat(catalogue.unit("APS", "APS_GOUTER").orElseThrow().requiresAnyOf()).containsExactly("APS_SOIR");
        assertThat(catalogue.unit("MERC", "MERC_GARD").orElseThrow().requiresAnyOf()).containsExactly("MERC_APM");
        assertThat(catalogue.unit("ALSH", "ALSH_REPAS").orElseThrow().requiresAnyOf())
                .containsExactly("ALSH_MATIN", "ALSH_APM", "ALSH_JOUR");
        assertThat(catalogue.unit("ALSH", "ALSH_JOUR").orElseThrow().excludes())
                .containsExactly("ALSH_MATIN", "ALSH_APM");
        assertThat(catalogue.unit("ALSH", "ALSH_MATIN").orElseThrow().excludes()).containsExactly("ALSH_JOUR");
        assertThat(catalogue.unit("ALSH", "ALSH_APM").orElseThrow().excludes()).containsExactly("ALSH_JOUR");
        ActivityView alsh = catalogue.activity("ALSH").orElseThrow();
        assertThat(alsh.areExclusive("ALSH_MATIN", "ALSH_JOUR")).isTrue();
        assertThat(alsh.areExclusive("ALSH_JOUR", "ALSH_APM")).isTrue();
        assertThat(alsh.areExclusive("ALSH_MATIN", "ALSH_APM")).isFalse();
    }

    @Test
    void givenDemoCatalogue_whenReadingTariffs_thenCentsByBracketOfTheDomain() {
        assertThat(tariff("RS", "RS_REPAS")).isEqualTo(new Tariff(100, 280, 390));
        assertThat(tariff("APS", "APS_MATIN")).isEqualTo(new Tariff(80, 120, 160));
        assertThat(tariff("APS", "APS_SOIR")).isEqualTo(new Tariff(120, 180, 240));
        assertThat(tariff("APS", "APS_PTDEJ")).isEqualTo(Tariff.flat(60));
        assertThat(tariff("APS", "APS_GOUTER")).isEqualTo(Tariff.flat(60));
        assertThat(tariff("MERC", "MERC_MIDI")).isEqualTo(new Tariff(350, 450, 550));
        assertThat(tariff("MERC", "MERC_APM")).isEqualTo(new Tariff(600, 800, 1000));
        assertThat(tariff("MERC", "MERC_GARD")).isEqualTo(Tariff.flat(50));
        assertThat(tariff("ALSH", "ALSH_MATIN")).isEqualTo(new Tariff(500, 700, 900));
        assertThat(tariff("ALSH", "ALSH_APM")).isEqualTo(new Tariff(500, 700, 900));
        assertThat(tariff("ALSH", "ALSH_JOUR")).isEqualTo(new Tariff(900, 1300, 1700));
        assertThat(tariff("ALSH", "ALSH_REPAS")).isEqualTo(new Tariff(300, 350, 400));
        assertThat(tariff("ALSH", "ALSH_GARD")).isEqualTo(Tariff.flat(50));
        assertThat(tariff("RS", "RS_REPAS").priceFor(QuotientBracket.of(850))).isEqualTo(280);
    }

    @Test
    void givenDemoCatalogue_whenReadingPeriods_thenDatesAndEnrolmentWindowsOfTheDomain() {
        PeriodView aps = catalogue.period("APS-2026-2027").orElseThrow();
        assertThat(aps.label()).isEqualTo("APS 2026-2027");
        assertThat(aps.from()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(aps.to()).isEqualTo(LocalDate.of(2027, 7, 2));
        assertThat(aps.enrolmentFrom()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(aps.enrolmentTo()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(catalogue.period("RS-2026-2027").orElseThrow().label()).isEqualTo("Restaurant scolaire 2026-2027");
        assertThat(catalogue.period("MERC-2026-2027").orElseThrow().label()).isEqualTo("Accueil mercredi 2026-2027");
        PeriodView alsh = catalogue.period("ALSH-2026-2027").orElseThrow();
        assertThat(alsh.label()).isEqualTo("ALSH vacances 2026-2027");
        assertThat(alsh.from()).isEqualTo(LocalDate.of(2026, 10, 19));
        assertThat(alsh.to()).isEqualTo(LocalDate.of(2027, 8, 31));
        assertThat(catalogue.periodContaining("ALSH", LocalDate.of(2026, 10, 18))).isEmpty();
        assertThat(catalogue.periodContaining("MERC", LocalDate.of(2026, 12, 2)).map(PeriodView::periodId))
                .contains("MERC-2026-2027");
    }

    @Test
    void givenDemoCommune_whenAskingOpenings_thenTheCalendarDecides() {
        assertThat(catalogue.isOpen("APS", "APS_MATIN", LocalDate.of(2026, 12, 1), calendar)).isTrue();
        assertThat(catalogue.isOpen("APS", "APS_MATIN", LocalDate.of(2026, 12, 2), calendar)).isFalse();
        assertThat(catalogue.isOpen("APS", "APS_MATIN", LocalDate.of(2026, 11, 11), calendar)).isFalse();
        assertThat(catalogue.isOpen("ALSH", "ALSH_JOUR", LocalDate.of(2026, 12, 21), calendar)).isTrue();
        assertThat(catalogue.isOpen("ALSH", "ALSH_JOUR", LocalDate.of(2026, 12, 25), calendar)).isFalse();
        assertThat(catalogue.isOpen("MERC", "MERC_MIDI", LocalDate.of(2026, 12, 2), calendar)).isTrue();
        assertThat(catalogue.isOpen("RS", "RS_REPAS", LocalDate.of(2026, 10, 20), calendar)).isFalse();
        assertThat(catalogue.isOpen("ALSH", "ALSH_MATIN", LocalDate.of(2026, 12, 1), calendar)).isFalse();
        assertThat(catalogue.isOpen("ALSH", "ALSH_MATIN", LocalDate.of(2026, 10, 19), calendar)).isTrue();
        assertThat(catalogue.isOpen("APS", "NOPE", LocalDate.of(2026, 12, 1), calendar)).isFalse();
    }

    @Test
    void givenDemoCommune_whenAskingWhyClosed_thenTheFirstReason() {
        assertThat(catalogue.closedBecause("APS", "APS_MATIN", LocalDate.of(2026, 12, 2), calendar))
                .contains(ClosedReason.NOT_AN_OPENING_WEEKDAY);
        assertThat(catalogue.closedBecause("APS", "APS_MATIN", LocalDate.of(2026, 11, 11), calendar))
                .contains(ClosedReason.NOT_AN_OPENING_WEEKDAY);
        assertThat(catalogue.closedBecause("APS", "APS_MATIN", LocalDate.of(2026, 11, 12), calendar)).isEmpty();
        assertThat(catalogue.closedBecause("ALSH", "ALSH_JOUR", LocalDate.of(2026, 12, 25), calendar))
                .contains(ClosedReason.PUBLIC_HOLIDAY);
        assertThat(catalogue.closedBecause("RS", "RS_REPAS", LocalDate.of(2026, 10, 20), calendar))
                .contains(ClosedReason.NOT_A_SCHOOL_DAY);
        assertThat(catalogue.closedBecause("ALSH", "ALSH_MATIN", LocalDate.of(2026, 12, 1), calendar))
                .contains(ClosedReason.NOT_A_HOLIDAY);
        assertThat(catalogue.closedBecause("APS", "APS_MATIN", LocalDate.of(2027, 7, 5), calendar))
                .contains(ClosedReason.OUTSIDE_PERIODS);
        assertThat(catalogue.closedBecause("XX", "APS_MATIN", LocalDate.of(2026, 12, 1), calendar))
                .contains(ClosedReason.UNKNOWN_UNIT);
    }

    private Tariff tariff(String activityId, String unitId) {
        return catalogue.unit(activityId, unitId).orElseThrow().tariff();
    }
}
