package fr.portailfamille.query.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.portailfamille.api.family.ChildAdded;
import fr.portailfamille.api.family.ChildUpdated;
import fr.portailfamille.api.family.FamilyCreated;
import fr.portailfamille.api.family.FamilySummary;
import fr.portailfamille.api.family.FindFamilies;
import fr.portailfamille.api.family.LoginEmailChanged;
import fr.portailfamille.api.family.ParentRank;
import fr.portailfamille.api.family.ResponsibleAdult;
import fr.portailfamille.api.family.ResponsibleAdultUpdated;
import fr.portailfamille.api.family.Sex;
import fr.portailfamille.query.support.EmbeddedMongo;

class FamilyDirectoryProjectionTest {
    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final FamilyDirectoryProjection projection = new FamilyDirectoryProjection(mongo.database());

    @BeforeEach
    void givenTwoFamilies() {
        projection.on(new FamilyCreated("family-martin", new ResponsibleAdult("Mme", "Claire", "Martin",
                "parent@demo.test", null), 850), 0);
        projection.on(new ChildAdded("family-martin", "child-lea", "Léa", "Martin", LocalDate.of(2017, 5, 3), Sex.F),
                1);
        projection.on(new ResponsibleAdultUpdated("family-martin", ParentRank.PARENT_2, "M.", "Thomas", "Martin",
                null, null, null, null), 2);
        projection.on(new FamilyCreated("family-dupont", new ResponsibleAdult("M.", "Éric", "Dupont",
                "eric@exemple.fr", null), null), 0);
        projection.on(new ChildAdded("family-dupont", "child-noa", "Noa", "Dupont", LocalDate.of(2016, 4, 21), Sex.M),
                1);
    }

    @AfterEach
    void close() {
        mongo.close();
    }

    private List<String> found(String search) {
        return projection.handle(new FindFamilies(search, 50)).stream().map(FamilySummary::familyId).toList();
    }

    @Test
    void givenNoSearch_whenListing_thenAllFamiliesByName() {
        assertThat(projection.handle(new FindFamilies("", 50))).containsExactly(
                new FamilySummary("family-dupont", "DUPONT Éric", "eric@exemple.fr", List.of("Noa Dupont")),
                new FamilySummary("family-martin", "MARTIN Claire", "parent@demo.test",
                        List.of("Léa Martin")));
    }

    @Test
    void givenASearch_whenItMatchesAnAdultAChildOrAnEmail_thenThatFamilyIgnoringCaseAndAccents() {
        assertThat(found("eric")).containsExactly("family-dupont");
        assertThat(found("LEA")).containsExactly("family-martin");
        assertThat(found("thomas")).containsExactly("family-martin");
        assertThat(found("demo.test")).containsExactly("family-martin");
        assertThat(found("zorro")).isEmpty();
        assertThat(found("(.*")).isEmpty();
    }

    @Test
    void givenRenamesAndANewEmail_whenSearching_thenTheNewNamesAndEmailAreFound() {
        projection.on(new ChildUpdated("family-dupont", "child-noa", "Noé", "Dupont", LocalDate.of(2016, 4, 21), Sex.M,
                null, null), 2);
        projection.on(new LoginEmailChanged("family-dupont", "eric@exemple.fr", "eric.dupont@exemple.fr"), 3);
        assertThat(found("noa")).isEmpty();
        assertThat(found("noe")).containsExactly("family-dupont");
        assertThat(found("eric.dupont@")).containsExactly("family-dupont");
    }

    @Test
    void givenALimit_whenListing_thenNoMoreThanIt() {
        assertThat(projection.handle(new FindFamilies(null, 1))).hasSize(1);
    }
}
