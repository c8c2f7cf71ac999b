package fr.portailfamille.domain.family;

import static fr.portailfamille.domain.family.FamilyFixtures.*;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.portailfamille.api.family.AddressChanged;
import fr.portailfamille.api.family.AllocataireChanged;
import fr.portailfamille.api.family.AllocataireRegime;
import fr.portailfamille.api.family.ChangeAddress;
import fr.portailfamille.api.family.ChangeAllocataire;
import fr.portailfamille.api.family.LoginEmailChanged;
import fr.portailfamille.api.family.ParentRank;
import fr.portailfamille.api.family.ResponsibleAdultUpdated;
import fr.portailfamille.api.family.UpdateResponsibleAdult;

class FamilyContactsTest {
    private static final AddressChanged ADDRESS = new AddressChanged(FAMILY, "2 rue du Clos Martin", "44530",
            "Dreffeac");
    private AggregateTestFixture<Family> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(new InMemoryFamilyKeyStore());
    }

    @Test
    void givenAFamily_whenParent2IsGiven_thenResponsibleAdultUpdated() {
        fixture.given(CREATED)
                .when(new UpdateResponsibleAdult(FAMILY, ParentRank.PARENT_2, "M.", " Thomas ", "Dupont",
                        "Thomas@Exemple.fr", "", "06 11 22 33 44", null))
                .expectEvents(new ResponsibleAdultUpdated(FAMILY, ParentRank.PARENT_2, "M.", "Thomas", "Dupont",
                        "thomas@exemple.fr", null, "06 11 22 33 44", null));
    }

    @Test
    void givenAFamily_whenParent1UpdatesPhonesWithoutEmail_thenTheLoginEmailIsKept() {
        fixture.given(CREATED)
                .when(new UpdateResponsibleAdult(FAMILY, ParentRank.PARENT_1, "Mme", "Claire", "Dupont", null,
                        "02 40 00 00 00", "0601020304", "02 40 11 11 11"))
                .expectEvents(new ResponsibleAdultUpdated(FAMILY, ParentRank.PARENT_1, "Mme", "Claire", "Dupont",
                        "claire@exemple.fr", "02 40 00 00 00", "0601020304", "02 40 11 11 11"));
    }

    @Test
    void givenAFamily_whenParent1ChangesTheEmail_thenItMustBeDoneAtTheStructure() {
        expectViolation(fixture.given(CREATED)
                .when(new UpdateResponsibleAdult(FAMILY, ParentRank.PARENT_1, "Mme", "Claire", "Dupont",
                        "nouveau@exemple.fr", null, "0601020304", null)), "EMAIL_CHANGED_BY_STAFF");
    }

    @Test
    void givenAnEmailChangedByStaff_whenParent1RepeatsTheNewOne_thenAccepted() {
        fixture.given(CREATED, new LoginEmailChanged(FAMILY, "claire@exemple.fr", "nouveau@exemple.fr"))
                .when(new UpdateResponsibleAdult(FAMILY, ParentRank.PARENT_1, "Mme", "Claire", "Dupont",
                        "nouveau@exemple.fr", null, "0601020304", "0240000000"))
                .expectEvents(new ResponsibleAdultUpdated(FAMILY, ParentRank.PARENT_1, "Mme", "Claire", "Dupont",
                        "nouveau@exemple.fr", null, "0601020304", "0240000000"));
    }

    @Test
    void givenParent1AsCreated_whenTheSameDetailsAreSent_thenNothingChanges() {
        fixture.given(CREATED)
                .when(new UpdateResponsibleAdult(FAMILY, ParentRank.PARENT_1, "Mme", "Claire", "Dupont",
                        "claire@exemple.fr", null, "0601020304", null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAFamily_whenAPhoneHasLetters_thenRefusedAsMalformed() {
        fixture.given(CREATED)
                .when(new UpdateResponsibleAdult(FAMILY, ParentRank.PARENT_2, "M.", "Thomas", "Dupont", null, null,
                        "appelez-moi", null))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenAFamily_whenTheAddressIsGiven_thenAddressChanged() {
        fixture.given(CREATED)
                .when(new ChangeAddress(FAMILY, " 2 rue du Clos Martin", "44530", "Dreffeac "))
                .expectEvents(ADDRESS);
    }

    @Test
    void givenAnAddress_whenTheSameIsSent_thenNothingChanges() {
        fixture.given(CREATED, ADDRESS)
                .when(new ChangeAddress(FAMILY, "2 rue du Clos Martin", "44530", "Dreffeac"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAFamily_whenThePostalCodeIsNotFiveDigits_thenRefusedAsMalformed() {
        fixture.given(CREATED)
                .when(new ChangeAddress(FAMILY, "2 rue du Clos Martin", "4453", "Dreffeac"))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenAFamily_whenTheAllocataireIsGiven_thenAllocataireChanged() {
        fixture.given(CREATED)
                .when(new ChangeAllocataire(FAMILY, "Claire Dupont", AllocataireRegime.CAF, "1234567"))
                .expectEvents(new AllocataireChanged(FAMILY, "Claire Dupont", AllocataireRegime.CAF, "1234567"));
    }

    @Test
    void givenAnAllocataire_whenTheSameIsSent_thenNothingChanges() {
        fixture.given(CREATED, new AllocataireChanged(FAMILY, "Claire Dupont", AllocataireRegime.MSA, "A12"))
                .when(new ChangeAllocataire(FAMILY, "Claire Dupont", AllocataireRegime.MSA, "A12"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAFamily_whenTheNumeroAllocataireHasSymbols_thenRefusedAsMalformed() {
        fixture.given(CREATED)
                .when(new ChangeAllocataire(FAMILY, "Claire Dupont", AllocataireRegime.CAF, "12/34"))
                .expectException(IllegalArgumentException.class);
    }
}
