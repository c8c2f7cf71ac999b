package fr.portailfamille.domain.catalogue;

import static fr.portailfamille.api.catalogue.CatalogueMessages.CATALOGUE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.CustomMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.portailfamille.api.RuleViolation;
import fr.portailfamille.api.catalogue.ActivityDefined;
import fr.portailfamille.api.catalogue.ActivityType;
import fr.portailfamille.api.catalogue.DayKind;
import fr.portailfamille.api.catalogue.DeadlineRule;
import fr.portailfamille.api.catalogue.DefineActivity;
import fr.portailfamille.api.catalogue.DefineService;
import fr.portailfamille.api.catalogue.DefineUnit;
import fr.portailfamille.api.catalogue.OpenPeriod;
import fr.portailfamille.api.catalogue.OpeningRule;
import fr.portailfamille.api.catalogue.PeriodOpened;
import fr.portailfamille.api.catalogue.ServiceDefined;
import fr.portailfamille.api.catalogue.Tariff;
import fr.portailfamille.api.catalogue.UnitDefined;
import fr.portailfamille.api.catalogue.ValidationMode;

class CatalogueTest {
    private static final String SERVICE = "APS-ALSH-TAP-RS DREFFEAC";
    private static final OpeningRule SCHOOL_DAYS = new OpeningRule(
            Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), DayKind.SCHOOL_PERIOD);
    private static final Tariff MATIN_TARIFF = new Tariff(80, 120, 160);
    private static final LocalDate SEP_1 = LocalDate.of(2026, 9, 1);
    private static final LocalDate JUL_2 = LocalDate.of(2027, 7, 2);
    private static final LocalDate JUN_1 = LocalDate.of(2026, 6, 1);
    private static final LocalDate JUN_30 = LocalDate.of(2027, 6, 30);

    private static final ServiceDefined SERVICE_DEFINED = new ServiceDefined(CATALOGUE_ID, SERVICE, SERVICE);
    private static final ActivityDefined APS_DEFINED = new ActivityDefined(CATALOGUE_ID, "APS", SERVICE,
            "Accueil périscolaire", ActivityType.PERISCOLAIRE, ValidationMode.MANUAL, DeadlineRule.DEFAULT);
    private static final UnitDefined MATIN_DEFINED = new UnitDefined(CATALOGUE_ID, "APS", "APS_MATIN",
            "Accueil matin", SCHOOL_DAYS, null, List.of(), List.of(), MATIN_TARIFF);
    private static final PeriodOpened APS_PERIOD_OPENED = new PeriodOpened(CATALOGUE_ID, "APS", "APS-2026-2027",
            "APS 2026-2027", SEP_1, JUL_2, JUN_1, JUN_30);

    private AggregateTestFixture<Catalogue> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Catalogue.class);
    }

    private static void expectViolation(ResultValidator<Catalogue> result, String code) {
        result.expectException(new CustomMatcher<>("a RuleViolation with code " + code) {
                    @Override
                    public boolean matches(Object item) {
                        return item instanceof RuleViolation violation && violation.code().equals(code);
                    }
                })
                .expectNoEvents();
    }

    private static DefineUnit matin(Integer capacity, List<String> requires, List<String> excludes) {
        return new DefineUnit(CATALOGUE_ID, "APS", "APS_MATIN", "Accueil matin", SCHOOL_DAYS, capacity, requires,
                excludes, MATIN_TARIFF);
    }

    private static DefineUnit ptdej(List<String> requires, List<String> excludes) {
        return new DefineUnit(CATALOGUE_ID, "APS", "APS_PTDEJ", "Petit déjeuner", SCHOOL_DAYS, null, requires,
                excludes, Tariff.flat(60));
    }

    private static OpenPeriod apsPeriod(String periodId, LocalDate from, LocalDate to) {
        return new OpenPeriod(CATALOGUE_ID, "APS", periodId, "APS", from, to, JUN_1, JUN_30);
    }

    // DefineService

    @Test
    void givenNoCatalogue_whenDefineService_thenServiceDefined() {
        fixture.givenNoPriorActivity()
                .when(new DefineService(CATALOGUE_ID, SERVICE, SERVICE))
                .expectEvents(SERVICE_DEFINED)
                .expectState(catalogue -> assertThat(catalogue.getView().service(SERVICE)).isPresent());
    }

    @Test
    void givenService_whenDefineSameService_thenNothingApplied() {
        fixture.given(SERVICE_DEFINED)
                .when(new DefineService(CATALOGUE_ID, SERVICE, SERVICE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenService_whenDefineItWithAnotherLabel_thenServiceDefinedAgain() {
        fixture.given(SERVICE_DEFINED)
                .when(new DefineService(CATALOGUE_ID, SERVICE, "Service enfance"))
                .expectEvents(new ServiceDefined(CATALOGUE_ID, SERVICE, "Service enfance"))
                .expectState(catalogue -> assertThat(catalogue.getView().service(SERVICE).orElseThrow().label())
                        .isEqualTo("Service enfance"));
    }

    @Test
    void givenNoCatalogue_whenDefineServiceWithBlankId_thenRefusedAsMalformed() {
        fixture.givenNoPriorActivity()
                .when(new DefineService(CATALOGUE_ID, " ", SERVICE))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenNoCatalogue_whenDefineServiceWithBlankLabel_thenRefusedAsMalformed() {
        fixture.givenNoPriorActivity()
                .when(new DefineService(CATALOGUE_ID, SERVICE, null))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenNoCatalogue_whenDefineServiceInAnotherCatalogue_thenRefusedAsMalformed() {
        fixture.givenNoPriorActivity()
                .when(new DefineService("other", SERVICE, SERVICE))
                .expectException(IllegalArgumentException.class);
    }

    // DefineActivity

    @Test
    void givenService_whenDefineActivity_thenActivityDefined() {
        fixture.given(SERVICE_DEFINED)
                .when(new DefineActivity(CATALOGUE_ID, "APS", SERVICE, "Accueil périscolaire",
                        ActivityType.PERISCOLAIRE, ValidationMode.MANUAL, DeadlineRule.DEFAULT))
                .expectEvents(APS_DEFINED)
                .expectState(catalogue -> assertThat(catalogue.getView().activity("APS")).isPresent());
    }

    @Test
    void givenActivity_whenDefineSameActivity_thenNothingApplied() {
        fixture.given(SERVICE_DEFINED, APS_DEFINED)
                .when(new DefineActivity(CATALOGUE_ID, "APS", SERVICE, "Accueil périscolaire",
                        ActivityType.PERISCOLAIRE, ValidationMode.MANUAL, DeadlineRule.DEFAULT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenActivityWithUnits_whenDefineItWithAnotherDeadline_thenActivityDefinedAgainAndKeepsItsUnits() {
        DeadlineRule twoDays = new DeadlineRule(LocalTime.of(12, 0), 2);
        fixture.given(SERVICE_DEFINED, APS_DEFINED, MATIN_DEFINED, APS_PERIOD_OPENED)
                .when(new DefineActivity(CATALOGUE_ID, "APS", SERVICE, "Accueil périscolaire",
                        ActivityType.PERISCOLAIRE, ValidationMode.AUTOMATIC, twoDays))
                .expectEvents(new ActivityDefined(CATALOGUE_ID, "APS", SERVICE, "Accueil périscolaire",
                        ActivityType.PERISCOLAIRE, ValidationMode.AUTOMATIC, twoDays))
                .expectState(catalogue -> {
                    ActivityView aps = catalogue.getView().activity("APS").orElseThrow();
                    assertThat(aps.deadlineRule()).isEqualTo(twoDays);
                    assertThat(aps.validationMode()).isEqualTo(ValidationMode.AUTOMATIC);
                    assertThat(aps.units()).extracting(UnitView::unitId).containsExactly("APS_MATIN");
                    assertThat(aps.periods()).hasSize(1);
                });
    }

    @Test
    void givenNoService_whenDefineActivity_thenRefusedAsUnknownService() {
        expectViolation(fixture.givenNoPriorActivity()
                .when(new DefineActivity(CATALOGUE_ID, "APS", SERVICE, "Accueil périscolaire",
                        ActivityType.PERISCOLAIRE, ValidationMode.MANUAL, DeadlineRule.DEFAULT)), "UNKNOWN_SERVICE");
    }

    @Test
    void givenService_whenDefineActivityOfAnotherService_thenRefusedAsUnknownService() {
        expectViolation(fixture.given(SERVICE_DEFINED)
                .when(new DefineActivity(CATALOGUE_ID, "APS", "OTHER", "Accueil périscolaire",
                        ActivityType.PERISCOLAIRE, ValidationMode.MANUAL, DeadlineRule.DEFAULT)), "UNKNOWN_SERVICE");
    }

    @Test
    void givenService_whenDefineActivityWithBlankLabel_thenRefusedAsMalformed() {
        fixture.given(SERVICE_DEFINED)
                .when(new DefineActivity(CATALOGUE_ID, "APS", SERVICE, "", ActivityType.PERISCOLAIRE,
                        ValidationMode.MANUAL, DeadlineRule.DEFAULT))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenService_whenDefineActivityWithoutValidationMode_thenRefusedAsMalformed() {
        fixture.given(SERVICE_DEFINED)
                .when(new DefineActivity(CATALOGUE_ID, "APS", SERVICE, "Accueil périscolaire",
                        ActivityType.PERISCOLAIRE, null, DeadlineRule.DEFAULT))
                .expectException(IllegalArgumentException.class);
    }

    // DefineUnit

    @Test
    void givenActivity_whenDefineUnit_thenUnitDefined() {
        fixture.given(SERVICE_DEFINED, APS_DEFINED)
                .when(matin(null, List.of(), List.of()))
                .expectEvents(MATIN_DEFINED)
                .expectState(catalogue -> assertThat(catalogue.getView().unit("APS", "APS_MATIN")).isPresent());
    }

    @Test
    void givenUnit_whenDefineSameUnit_thenNothingApplied() {
        fixture.given(SERVICE_DEFINED, APS_DEFINED, MATIN_DEFINED)
                .when(matin(null, null, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenUnit_whenDefineItWithACapacity_thenUnitDefinedAgain() {
        fixture.given(SERVICE_DEFINED, APS_DEFINED, MATIN_DEFINED)
                .when(matin(30, List.of(), List.of()))
                .expectEvents(new UnitDefined(CATALOGUE_ID, "APS", "APS_MATIN", "Accueil matin", SCHOOL_DAYS, 30,
                        List.of(), List.of(), MATIN_TARIFF))
                .expectState(catalogue -> assertThat(catalogue.getView().unit("APS", "APS_MATIN").orElseThrow()
                        .capacity()).isEqualTo(30));
    }

    @Test
    void givenUnit_whenDefineUnitRequiringIt_thenUnitDefined() {
        fixture.given(SERVICE_DEFINED, APS_DEFINED, MATIN_DEFINED)
                .when(ptdej(List.of("APS_MATIN"), List.of()))
                .expectEvents(new UnitDefined(CATALOGUE_ID, "APS", "APS_PTDEJ", "Petit déjeuner", SCHOOL_DAYS, null,
                        List.of("APS_MATIN"), List.of(), Tariff.flat(60)));
    }

    @Test
    void givenService_whenDefineUnitOfUnknownActivity_thenRefusedAsUnknownActivity() {
        expectViolation(fixture.given(SERVICE_DEFINED).when(matin(null, List.of(), List.of())), "UNKNOWN_ACTIVITY");
    }

    @Test
    void givenActivity_whenDefineUnitRequiringUnknownUnit_thenRefusedAsUnknownUnit() {
        expectViolation(fixture.given(SERVICE_DEFINED, APS_DEFINED)
                .when(ptdej(List.of("APS_MATIN"), List.of())), "UNKNOWN_UNIT");
    }

    @Test
    void givenActivity_whenDefineUnitExcludingUnknownUnit_thenRefusedAsUnknownUnit() {
        expectViolation(fixture.given(SERVICE_DEFINED, APS_DEFINED)
                .when(ptdej(List.of(), List.of("APS_SOIR"))), "UNKNOWN_UNIT");
    }

    @Test
    void givenUnitOfAnotherActivity_whenDefineUnitRequiringIt_thenRefusedAsUnknownUnit() {
        ActivityDefined rs = new ActivityDefined(CATALOGUE_ID, "RS", SERVICE, "Restaurant scolaire",
                ActivityType.RESTAURATION, ValidationMode.AUTOMATIC, DeadlineRule.DEFAULT);
        expectViolation(fixture.given(SERVICE_DEFINED, APS_DEFINED, MATIN_DEFINED, rs)
                .when(new DefineUnit(CATALOGUE_ID, "RS", "RS_REPAS", "Repas", SCHOOL_DAYS, null,
                        List.of("APS_MATIN"), List.of(), Tariff.flat(100))), "UNKNOWN_UNIT");
    }

    @Test
    void givenActivity_whenDefineUnitWithZeroCapacity_thenRefusedAsMalformed() {
        fixture.given(SERVICE_DEFINED, APS_DEFINED)
                .when(matin(0, List.of(), List.of()))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenUnit_whenDefineUnitRequiringItself_thenRefusedAsMalformed() {
        fixture.given(SERVICE_DEFINED, APS_DEFINED, MATIN_DEFINED)
                .when(matin(null, List.of("APS_MATIN"), List.of()))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenUnit_whenDefineUnitBothRequiringAndExcludingIt_thenRefusedAsMalformed() {
        fixture.given(SERVICE_DEFINED, APS_DEFINED, MATIN_DEFINED)
                .when(ptdej(List.of("APS_MATIN"), List.of("APS_MATIN")))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenActivity_whenDefineUnitWithBlankId_thenRefusedAsMalformed() {
        fixture.given(SERVICE_DEFINED, APS_DEFINED)
                .when(new DefineUnit(CATALOGUE_ID, "APS", "", "Accueil matin", SCHOOL_DAYS, null, List.of(),
                        List.of(), MATIN_TARIFF))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenActivity_whenDefineUnitWithoutTariff_thenRefusedAsMalformed() {
        fixture.given(SERVICE_DEFINED, APS_DEFINED)
                .when(new DefineUnit(CATALOGUE_ID, "APS", "APS_MATIN", "Accueil matin", SCHOOL_DAYS, null,
                        List.of(), List.of(), null))
                .expectException(IllegalArgumentException.class);
    }

    // OpenPeriod

    @Test
    void givenActivity_whenOpenPeriod_thenPeriodOpened() {
        fixture.given(SERVICE_DEFINED, APS_DEFINED)
                .when(new OpenPeriod(CATALOGUE_ID, "APS", "APS-2026-2027", "APS 2026-2027", SEP_1, JUL_2, JUN_1,
                        JUN_30))
                .expectEvents(APS_PERIOD_OPENED)
                .expectState(catalogue -> assertThat(catalogue.getView()
                        .periodContaining("APS", LocalDate.of(2026, 12, 1))).isPresent());
    }

    @Test
    void givenPeriod_whenOpenSamePeriod_thenNothingApplied() {
        fixture.given(SERVICE_DEFINED, APS_DEFINED, APS_PERIOD_OPENED)
                .when(new OpenPeriod(CATALOGUE_ID, "APS", "APS-2026-2027", "APS 2026-2027", SEP_1, JUL_2, JUN_1,
                        JUN_30))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenPeriod_whenOpenItWithOtherDates_thenPeriodOpenedAgainAndReplacesIt() {
        LocalDate sep2 = LocalDate.of(2026, 9, 2);
        fixture.given(SERVICE_DEFINED, APS_DEFINED, APS_PERIOD_OPENED)
                .when(new OpenPeriod(CATALOGUE_ID, "APS", "APS-2026-2027", "APS 2026-2027", sep2, JUL_2, JUN_1,
                        JUN_30))
                .expectEvents(new PeriodOpened(CATALOGUE_ID, "APS", "APS-2026-2027", "APS 2026-2027", sep2, JUL_2,
                        JUN_1, JUN_30))
                .expectState(catalogue -> {
                    assertThat(catalogue.getView().activity("APS").orElseThrow().periods()).hasSize(1);
                    assertThat(catalogue.getView().periodContaining("APS", SEP_1)).isEmpty();
                });
    }

    @Test
    void givenPeriod_whenOpenNextYearsPeriod_thenBothAreKept() {
        fixture.given(SERVICE_DEFINED, APS_DEFINED, APS_PERIOD_OPENED)
                .when(apsPeriod("APS-2027-2028", LocalDate.of(2027, 9, 1), LocalDate.of(2028, 7, 4)))
                .expectEvents(new PeriodOpened(CATALOGUE_ID, "APS", "APS-2027-2028", "APS", LocalDate.of(2027, 9, 1),
                        LocalDate.of(2028, 7, 4), JUN_1, JUN_30))
                .expectState(catalogue -> assertThat(catalogue.getView().activity("APS").orElseThrow().periods())
                        .hasSize(2));
    }

    @Test
    void givenService_whenOpenPeriodOfUnknownActivity_thenRefusedAsUnknownActivity() {
        expectViolation(fixture.given(SERVICE_DEFINED).when(apsPeriod("APS-2026-2027", SEP_1, JUL_2)),
                "UNKNOWN_ACTIVITY");
    }

    @Test
    void givenPeriod_whenOpenOverlappingPeriod_thenRefusedAsOverlapping() {
        expectViolation(fixture.given(SERVICE_DEFINED, APS_DEFINED, APS_PERIOD_OPENED)
                .when(apsPeriod("APS-BIS", LocalDate.of(2027, 7, 1), LocalDate.of(2027, 8, 31))),
                "OVERLAPPING_PERIODS");
    }

    @Test
    void givenPeriodOfAnotherActivity_whenOpenPeriodWithItsId_thenRefused() {
        ActivityDefined rs = new ActivityDefined(CATALOGUE_ID, "RS", SERVICE, "Restaurant scolaire",
                ActivityType.RESTAURATION, ValidationMode.AUTOMATIC, DeadlineRule.DEFAULT);
        expectViolation(fixture.given(SERVICE_DEFINED, APS_DEFINED, APS_PERIOD_OPENED, rs)
                .when(new OpenPeriod(CATALOGUE_ID, "RS", "APS-2026-2027", "RS", SEP_1, JUL_2, JUN_1, JUN_30)),
                "PERIOD_OF_ANOTHER_ACTIVITY");
    }

    @Test
    void givenActivity_whenOpenPeriodEndingBeforeItStarts_thenRefusedAsMalformed() {
        fixture.given(SERVICE_DEFINED, APS_DEFINED)
                .when(apsPeriod("APS-2026-2027", JUL_2, SEP_1))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenActivity_whenOpenPeriodWithReversedEnrolmentWindow_thenRefusedAsMalformed() {
        fixture.given(SERVICE_DEFINED, APS_DEFINED)
                .when(new OpenPeriod(CATALOGUE_ID, "APS", "APS-2026-2027", "APS", SEP_1, JUL_2, JUN_30, JUN_1))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenActivity_whenOpenPeriodWithBlankLabel_thenRefusedAsMalformed() {
        fixture.given(SERVICE_DEFINED, APS_DEFINED)
                .when(new OpenPeriod(CATALOGUE_ID, "APS", "APS-2026-2027", " ", SEP_1, JUL_2, JUN_1, JUN_30))
                .expectException(IllegalArgumentException.class);
    }
}
