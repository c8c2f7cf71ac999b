package fr.portailfamille.query.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.portailfamille.api.family.ChildAdded;
import fr.portailfamille.api.family.ChildSummary;
import fr.portailfamille.api.family.ChildUpdated;
import fr.portailfamille.api.family.FindChild;
import fr.portailfamille.api.family.FindChildrenOfFamily;
import fr.portailfamille.api.family.Sex;
import fr.portailfamille.query.support.EmbeddedMongo;

class ChildDirectoryProjectionTest {
    private static final LocalDate BIRTH = LocalDate.of(2017, 5, 3);
    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final ChildDirectoryProjection projection = new ChildDirectoryProjection(mongo.database());

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void givenAChildRenamed_whenFindingIt_thenTheNewNameWithItsFamily() {
        projection.on(new ChildAdded("family-1", "child-1", "Lea", "Dupont", BIRTH, Sex.F));
        projection.on(new ChildUpdated("family-1", "child-1", "Léa", "Dupont", BIRTH, Sex.F, "École", "CE2"));

        ChildSummary expected = new ChildSummary("child-1", "family-1", "Léa", "Dupont", BIRTH, Sex.F);
        assertThat(projection.handle(new FindChild("child-1"))).contains(expected);
        assertThat(projection.handle(new FindChildrenOfFamily("family-1"))).containsExactly(expected);
    }
}
