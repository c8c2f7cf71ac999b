package fr.portailfamille.query.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import fr.portailfamille.api.catalogue.ActivityDefined;
import fr.portailfamille.api.catalogue.ActivitySummary;
import fr.portailfamille.api.catalogue.ActivityType;
import fr.portailfamille.api.catalogue.DayKind;
import fr.portailfamille.api.catalogue.DeadlineRule;
import fr.portailfamille.api.catalogue.FindActivities;
import fr.portailfamille.api.catalogue.OpeningRule;
import fr.portailfamille.api.catalogue.PeriodOpened;
import fr.portailfamille.api.catalogue.ServiceDefined;
import fr.portailfamille.api.catalogue.Tariff;
import fr.portailfamille.api.catalogue.UnitDefined;
import fr.portailfamille.api.catalogue.ValidationMode;
import fr.portailfamille.query.support.EmbeddedMongo;

class CatalogueProjectionTest {
    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();
    private CatalogueProjection projection;

    private static final OpeningRule WEDNESDAYS = new OpeningRule(Set.of(DayOfWeek.WEDNESDAY), DayKind.SCHOOL_PERIOD);

    @BeforeEach
    void setUp() {
        projection = new CatalogueProjection(mongo.database());
    }

    private void givenMercredi() {
        projection.on(new ServiceDefined("catalogue", "SRV", "APS-ALSH-TAP-RS DREFFEAC"));
        projection.on(new ActivityDefined("catalogue", "RS", "SRV", "Restaurant scolaire", ActivityType.RESTAURATION,
                ValidationMode.AUTOMATIC, DeadlineRule.DEFAULT));
        projection.on(new ActivityDefined("catalogue", "MERC", "SRV", "Accueil mercredi", ActivityType.PERISCOLAIRE,
                ValidationMode.MANUAL, DeadlineRule.DEFAULT));
        projection.on(new UnitDefined("catalogue", "MERC", "MERC_APM", "Après-midi", WEDNESDAYS, 24, List.of(),
                List.of(), new Tariff(600, 800, 1000)));
        projection.on(new UnitDefined("catalogue", "MERC", "MERC_GARD", "Garderie", WEDNESDAYS, null,
                List.of("MERC_APM"), List.of(), Tariff.flat(50)));
        projection.on(new PeriodOpened("catalogue", "MERC", "MERC-2026-2027", "Accueil mercredi 2026-2027",
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 2), LocalDate.of(2026, 6, 1),
                LocalDate.of(2027, 6, 30)));
    }

    @Test
    void givenCatalogueEvents_whenListingActivities_thenActivitiesInDefinitionOrderWithUnitsAndPeriods() {
        givenMercredi();

        List<ActivitySummary> activities = projection.handle(new FindActivities());

        assertThat(activities).extracting(ActivitySummary::id).containsExactly("RS", "MERC");
        ActivitySummary mercredi = activities.get(1);
        assertThat(mercredi.serviceLabel()).isEqualTo("APS-ALSH-TAP-RS DREFFEAC");
        assertThat(mercredi.units()).extracting(ActivitySummary.Unit::id).containsExactly("MERC_APM", "MERC_GARD");
        assertThat(mercredi.units().get(0).capacity()).isEqualTo(24);
        assertThat(mercredi.units().get(0).tariff()).isEqualTo(new Tariff(600, 800, 1000));
        assertThat(mercredi.units().get(1).requiresAnyOf()).containsExactly("MERC_APM");
        assertThat(mercredi.units().get(1).opening()).isEqualTo(WEDNESDAYS);
        assertThat(mercredi.periods().get(0).from()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(mercredi.deadlineRule().cutOff()).isEqualTo(LocalTime.of(9, 30));
    }

    @Test
    void givenARedefinedUnitAndActivity_whenListing_thenTheNewDefinitionReplacesTheOldInPlace() {
        givenMercredi();

        projection.on(new UnitDefined("catalogue", "MERC", "MERC_APM", "Après-midi 13h30-18h00", WEDNESDAYS, 30,
                List.of(), List.of(), new Tariff(650, 850, 1050)));
        projection.on(new ActivityDefined("catalogue", "MERC", "SRV", "Accueil du mercredi",
                ActivityType.PERISCOLAIRE, ValidationMode.AUTOMATIC, DeadlineRule.DEFAULT));
        projection.on(new ServiceDefined("catalogue", "SRV", "Service enfance"));

        ActivitySummary mercredi = projection.handle(new FindActivities()).get(1);
        assertThat(mercredi.label()).isEqualTo("Accueil du mercredi");
        assertThat(mercredi.validationMode()).isEqualTo(ValidationMode.AUTOMATIC);
        assertThat(mercredi.serviceLabel()).isEqualTo("Service enfance");
        assertThat(mercredi.units()).hasSize(2);
        assertThat(mercredi.units().get(0).capacity()).isEqualTo(30);
        assertThat(mercredi.units().get(0).label()).isEqualTo("Après-midi 13h30-18h00");
    }

    @Test
    void givenTheSameEventsTwice_whenListing_thenNothingIsDuplicated() {
        givenMercredi();
        givenMercredi();

        List<ActivitySummary> activities = projection.handle(new FindActivities());
        assertThat(activities).hasSize(2);
        assertThat(activities.get(1).units()).hasSize(2);
        assertThat(activities.get(1).periods()).hasSize(1);
    }

    @Test
    void givenAReset_whenReplayed_thenTheSameCatalogue() {
        givenMercredi();
        List<ActivitySummary> live = projection.handle(new FindActivities());

        projection.reset();
        assertThat(projection.handle(new FindActivities())).isEmpty();
        givenMercredi();

        assertThat(projection.handle(new FindActivities())).isEqualTo(live);
    }
}
