package fr.portailfamille.query.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import fr.portailfamille.api.family.ChildAdded;
import fr.portailfamille.api.family.ChildSummary;
import fr.portailfamille.api.family.ChildUpdated;
import fr.portailfamille.api.family.FindChild;
import fr.portailfamille.api.family.FindChildrenOfFamily;
import fr.portailfamille.api.family.Sex;
import fr.portailfamille.query.support.EmbeddedMongo;

class ChildDirectoryProjectionTest {
    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();
    private ChildDirectoryProjection projection;

    private static final ChildAdded LEA = new ChildAdded("family-martin", "child-lea", "Léa", "Martin",
            LocalDate.of(2017, 5, 3), Sex.F);
    private static final ChildAdded HUGO = new ChildAdded("family-martin", "child-hugo", "Hugo", "Martin",
            LocalDate.of(2020, 1, 21), Sex.M);
    private static final ChildAdded NOA = new ChildAdded("family-test", "child-noa", "Noa", "Test",
            LocalDate.of(2016, 4, 21), Sex.M);

    @BeforeEach
    void setUp() {
        projection = new ChildDirectoryProjection(mongo.database());
    }

    @Test
    void givenChildrenOfTwoFamilies_whenFindingAChild_thenItsFamilyAndNames() {
        projection.on(LEA);
        projection.on(NOA);

        assertThat(projection.handle(new FindChild("child-lea"))).contains(new ChildSummary("child-lea",
                "family-martin", "Léa", "Martin", LocalDate.of(2017, 5, 3), Sex.F));
        assertThat(projection.handle(new FindChild("child-unknown"))).isEmpty();
    }

    @Test
    void givenChildrenOfTwoFamilies_whenListingOneFamily_thenOnlyItsChildrenInOrder() {
        projection.on(LEA);
        projection.on(NOA);
        projection.on(HUGO);
        projection.on(LEA);

        assertThat(projection.handle(new FindChildrenOfFamily("family-martin")))
                .extracting(ChildSummary::firstName).containsExactly("Léa", "Hugo");
        assertThat(projection.handle(new FindChildrenOfFamily("family-none"))).isEmpty();
    }

    @Test
    void givenAReset_whenReplayed_thenTheSameDirectory() {
        projection.on(LEA);
        projection.on(HUGO);
        projection.reset();
        assertThat(projection.handle(new FindChild("child-lea"))).isEmpty();

        projection.on(LEA);
        projection.on(HUGO);
        assertThat(projection.handle(new FindChildrenOfFamily("family-martin"))).hasSize(2);
    }

    @Test
    void givenAChildRenamed_whenFindingIt_thenTheNewNameWithItsFamily() {
        projection.on(new ChildAdded("family-1", "child-1", "Lea", "Dupont", LocalDate.of(2017, 5, 3), Sex.F));
        projection.on(new ChildUpdated("family-1", "child-1", "Léa", "Dupont", LocalDate.of(2017, 5, 3), Sex.F, "École", "CE2"));

        ChildSummary expected = new ChildSummary("child-1", "family-1", "Léa", "Dupont", LocalDate.of(2017, 5, 3), Sex.F);
        assertThat(projection.handle(new FindChild("child-1"))).contains(expected);
        assertThat(projection.handle(new FindChildrenOfFamily("family-1"))).containsExactly(expected);
    }
}
