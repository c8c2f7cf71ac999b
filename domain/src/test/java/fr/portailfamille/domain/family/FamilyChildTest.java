package fr.portailfamille.domain.family;

import static fr.portailfamille.domain.family.FamilyFixtures.*;

import java.time.LocalDate;
import java.util.Map;

import org.axonframework.modelling.command.AggregateEntityNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.portailfamille.api.family.AddAuthorisedPerson;
import fr.portailfamille.api.family.AuthorisationsSet;
import fr.portailfamille.api.family.Authorisation;
import fr.portailfamille.api.family.AuthorisedPersonAdded;
import fr.portailfamille.api.family.AuthorisedPersonRemoved;
import fr.portailfamille.api.family.ChildUpdated;
import fr.portailfamille.api.family.RemoveAuthorisedPerson;
import fr.portailfamille.api.family.SetAuthorisations;
import fr.portailfamille.api.family.Sex;
import fr.portailfamille.api.family.UpdateChild;

class FamilyChildTest {
    private static final LocalDate BIRTH = LocalDate.of(2017, 5, 3);
    private static final AuthorisedPersonAdded GRANDMOTHER = new AuthorisedPersonAdded(FAMILY, LEA, "person-1",
            "Jeanne Dupont", "Grand-mère", "0611223344");
    private AggregateTestFixture<Family> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(new InMemoryFamilyKeyStore());
    }

    @Test
    void givenAChild_whenItsSchoolingIsGiven_thenChildUpdated() {
        fixture.given(CREATED, LEA_ADDED)
                .when(new UpdateChild(FAMILY, LEA, "Léa", "Dupont", BIRTH, Sex.F, "École du Bourg", " CE2 "))
                .expectEvents(new ChildUpdated(FAMILY, LEA, "Léa", "Dupont", BIRTH, Sex.F, "École du Bourg", "CE2"));
    }

    @Test
    void givenAChildAsAdded_whenTheSameIdentityIsSent_thenNothingChanges() {
        fixture.given(CREATED, LEA_ADDED)
                .when(new UpdateChild(FAMILY, LEA, "Léa", "Dupont", BIRTH, Sex.F, " ", null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAChild_whenTheFirstNameIsBlank_thenRefusedAsMalformed() {
        fixture.given(CREATED, LEA_ADDED)
                .when(new UpdateChild(FAMILY, LEA, " ", "Dupont", BIRTH, Sex.F, null, null))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenNoSuchChild_whenUpdatingIt_thenRefused() {
        fixture.given(CREATED, LEA_ADDED)
                .when(new UpdateChild(FAMILY, "child-other", "Hugo", "Dupont", BIRTH, Sex.M, null, null))
                .expectException(AggregateEntityNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void givenAChild_whenTheSevenAuthorisationsAreAnswered_thenAuthorisationsSet() {
        fixture.given(CREATED, LEA_ADDED)
                .when(new SetAuthorisations(FAMILY, LEA, allAnswered(true)))
                .expectEvents(new AuthorisationsSet(FAMILY, LEA, allAnswered(true)));
    }

    @Test
    void givenAnsweredAuthorisations_whenTheSameAnswersAreSent_thenNothingChanges() {
        fixture.given(CREATED, LEA_ADDED, new AuthorisationsSet(FAMILY, LEA, allAnswered(false)))
                .when(new SetAuthorisations(FAMILY, LEA, allAnswered(false)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAChild_whenAnAuthorisationIsLeftUnanswered_thenRefusedAsMalformed() {
        fixture.given(CREATED, LEA_ADDED)
                .when(new SetAuthorisations(FAMILY, LEA, Map.of(Authorisation.OUTINGS, true)))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenAChild_whenAPersonIsAuthorised_thenAuthorisedPersonAdded() {
        fixture.given(CREATED, LEA_ADDED)
                .when(new AddAuthorisedPerson(FAMILY, LEA, "person-1", " Jeanne Dupont", "Grand-mère", "0611223344"))
                .expectEvents(GRANDMOTHER);
    }

    @Test
    void givenAnAuthorisedPerson_whenAddedAgainAsIs_thenNothingChanges() {
        fixture.given(CREATED, LEA_ADDED, GRANDMOTHER)
                .when(new AddAuthorisedPerson(FAMILY, LEA, "person-1", "Jeanne Dupont", "Grand-mère", "0611223344"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAnAuthorisedPerson_whenAddedAgainWithAnotherPhone_thenTheDetailsAreCorrected() {
        fixture.given(CREATED, LEA_ADDED, GRANDMOTHER)
                .when(new AddAuthorisedPerson(FAMILY, LEA, "person-1", "Jeanne Dupont", "Grand-mère", "0699999999"))
                .expectEvents(new AuthorisedPersonAdded(FAMILY, LEA, "person-1", "Jeanne Dupont", "Grand-mère",
                        "0699999999"));
    }

    @Test
    void givenAChild_whenAPersonHasNoPhone_thenRefusedAsMalformed() {
        fixture.given(CREATED, LEA_ADDED)
                .when(new AddAuthorisedPerson(FAMILY, LEA, "person-1", "Jeanne Dupont", "Grand-mère", " "))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenAnAuthorisedPerson_whenRemoved_thenAuthorisedPersonRemoved() {
        fixture.given(CREATED, LEA_ADDED, GRANDMOTHER)
                .when(new RemoveAuthorisedPerson(FAMILY, LEA, "person-1"))
                .expectEvents(new AuthorisedPersonRemoved(FAMILY, LEA, "person-1"));
    }

    @Test
    void givenNoSuchPerson_whenRemoved_thenNothingChanges() {
        fixture.given(CREATED, LEA_ADDED)
                .when(new RemoveAuthorisedPerson(FAMILY, LEA, "person-1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
