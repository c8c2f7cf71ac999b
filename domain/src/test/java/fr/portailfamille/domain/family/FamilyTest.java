package fr.portailfamille.domain.family;

import static fr.portailfamille.domain.family.FamilyFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.CustomMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.portailfamille.api.family.AddChild;
import fr.portailfamille.api.family.ChangeLoginEmail;
import fr.portailfamille.api.family.ConfirmDossierReviewed;
import fr.portailfamille.api.family.ConsentGiven;
import fr.portailfamille.api.family.ConsentKind;
import fr.portailfamille.api.family.ConsentWithdrawn;
import fr.portailfamille.api.family.CreateFamily;
import fr.portailfamille.api.family.DossierReviewed;
import fr.portailfamille.api.family.FamilyCreated;
import fr.portailfamille.api.family.LoginEmailChanged;
import fr.portailfamille.api.family.MedicalDossier;
import fr.portailfamille.api.family.MedicalDossierRecorded;
import fr.portailfamille.api.family.QuotientFamilialSet;
import fr.portailfamille.api.family.RecordConsents;
import fr.portailfamille.api.family.RecordMedicalDossier;
import fr.portailfamille.api.family.ResponsibleAdult;
import fr.portailfamille.api.family.SetQuotientFamilial;
import fr.portailfamille.api.family.Sex;

class FamilyTest {
    private static final LocalDate SEP_1 = LocalDate.of(2026, 9, 1);
    private static final LocalDate AUG_31 = LocalDate.of(2027, 8, 31);
    private static final MedicalDossier ASTHMA = new MedicalDossier("Dr Morel", "Arachide", "PAI asthme", "",
            "DTP à jour", "Ventoline dans le cartable");
    private static final ConsentGiven PERSONAL_GIVEN = new ConsentGiven(FAMILY, ConsentKind.PERSONAL_DATA);
    private static final ConsentGiven MEDICAL_GIVEN = new ConsentGiven(FAMILY, ConsentKind.MEDICAL_DATA);

    private final InMemoryFamilyKeyStore keys = new InMemoryFamilyKeyStore();
    private AggregateTestFixture<Family> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(keys);
    }

    /** The payload of the one event applied, or null when there is not exactly one. */
    private static Object onlyPayload(Object appliedEvents) {
        List<?> events = (List<?>) appliedEvents;
        return events.size() == 1 ? ((EventMessage<?>) events.get(0)).getPayload() : null;
    }

    @Test
    void givenNothing_whenStaffCreateAFamily_thenFamilyCreated() {
        fixture.givenNoPriorActivity()
                .when(new CreateFamily(FAMILY, CLAIRE, 850))
                .expectEvents(new FamilyCreated(FAMILY, CLAIRE, 850));
    }

    @Test
    void givenNothing_whenParent1HasNoValidEmail_thenRefusedAsMalformed() {
        fixture.givenNoPriorActivity()
                .when(new CreateFamily(FAMILY, new ResponsibleAdult("Mme", "Claire", "Dupont", "pas-un-mail", null),
                        null))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenAFamily_whenAddingAChild_thenChildAdded() {
        fixture.given(CREATED)
                .when(new AddChild(FAMILY, LEA, " Léa ", "Dupont", LocalDate.of(2017, 5, 3), Sex.F))
                .expectEvents(LEA_ADDED);
    }

    @Test
    void givenAChild_whenAddingItAgain_thenNothingChanges() {
        fixture.given(CREATED, LEA_ADDED)
                .when(new AddChild(FAMILY, LEA, "Léa", "Dupont", LocalDate.of(2017, 5, 3), Sex.F))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAChild_whenAnotherChildComesWithItsId_thenChildExists() {
        expectViolation(fixture.given(CREATED, LEA_ADDED)
                .when(new AddChild(FAMILY, LEA, "Hugo", "Dupont", LocalDate.of(2020, 1, 21), Sex.M)), "CHILD_EXISTS");
    }

    @Test
    void givenAFamily_whenAChildHasNoBirthDate_thenRefusedAsMalformed() {
        fixture.given(CREATED)
                .when(new AddChild(FAMILY, LEA, "Léa", "Dupont", null, Sex.F))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenAFamily_whenStaffSetTheQuotient_thenQuotientFamilialSet() {
        fixture.given(CREATED)
                .when(new SetQuotientFamilial(FAMILY, 850, SEP_1, AUG_31), AS_STAFF)
                .expectEvents(new QuotientFamilialSet(FAMILY, 850, SEP_1, AUG_31));
    }

    @Test
    void givenAFamily_whenAParentSetsTheQuotient_thenStaffOnly() {
        expectViolation(fixture.given(CREATED)
                .when(new SetQuotientFamilial(FAMILY, 300, SEP_1, AUG_31), AS_PARENT), "STAFF_ONLY");
    }

    @Test
    void givenTheSameQuotient_whenSetAgain_thenNothingChanges() {
        fixture.given(CREATED, new QuotientFamilialSet(FAMILY, 850, SEP_1, AUG_31))
                .when(new SetQuotientFamilial(FAMILY, 850, SEP_1, AUG_31), AS_STAFF)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAFamily_whenTheValidityEndsBeforeItStarts_thenRefusedAsMalformed() {
        fixture.given(CREATED)
                .when(new SetQuotientFamilial(FAMILY, 850, AUG_31, SEP_1), AS_STAFF)
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenAFamily_whenStaffChangeTheLoginEmail_thenLoginEmailChangedAndThePreviousOneIsAnswered() {
        fixture.given(CREATED)
                .when(new ChangeLoginEmail(FAMILY, " Claire.Dupont@Exemple.fr"), AS_STAFF)
                .expectEvents(new LoginEmailChanged(FAMILY, "claire@exemple.fr", "claire.dupont@exemple.fr"))
                .expectResultMessagePayload("claire@exemple.fr");
    }

    @Test
    void givenAFamily_whenTheSameLoginEmailIsGiven_thenNothingChanges() {
        fixture.given(CREATED)
                .when(new ChangeLoginEmail(FAMILY, "claire@exemple.fr"), AS_STAFF)
                .expectNoEvents()
                .expectResultMessagePayload(null);
    }

    @Test
    void givenAFamily_whenAParentChangesTheLoginEmail_thenStaffOnly() {
        expectViolation(fixture.given(CREATED)
                .when(new ChangeLoginEmail(FAMILY, "autre@exemple.fr"), AS_PARENT), "STAFF_ONLY");
    }

    @Test
    void givenAFamily_whenTheParentConsentsToBoth_thenBothConsentsGiven() {
        fixture.given(CREATED)
                .when(new RecordConsents(FAMILY, true, true))
                .expectEvents(PERSONAL_GIVEN, MEDICAL_GIVEN);
    }

    @Test
    void givenBothConsents_whenAnsweredTheSame_thenNothingChanges() {
        fixture.given(CREATED, PERSONAL_GIVEN, MEDICAL_GIVEN)
                .when(new RecordConsents(FAMILY, true, true))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenMedicalDataSealed_whenTheMedicalConsentIsWithdrawn_thenTheFamilyKeyIsDestroyed() {
        MedicalDossierRecorded sealed = MedicalSeal.seal(FAMILY, LEA, ASTHMA, keys.currentKey(FAMILY));
        fixture.given(CREATED, LEA_ADDED, PERSONAL_GIVEN, MEDICAL_GIVEN, sealed)
                .when(new RecordConsents(FAMILY, true, false))
                .expectEvents(new ConsentWithdrawn(FAMILY, ConsentKind.MEDICAL_DATA));
        assertThat(keys.holdsKeysOf(FAMILY)).isFalse();
        assertThat(MedicalSeal.open(sealed, keys)).isEmpty();
    }

    @Test
    void givenThePersonalConsent_whenItIsWithdrawn_thenConsentWithdrawn() {
        fixture.given(CREATED, PERSONAL_GIVEN)
                .when(new RecordConsents(FAMILY, false, false))
                .expectEvents(new ConsentWithdrawn(FAMILY, ConsentKind.PERSONAL_DATA));
    }

    @Test
    void givenAFamily_whenTheParentConfirmsTheReview_thenDossierReviewedForTheSchoolYear() {
        fixture.given(CREATED)
                .when(new ConfirmDossierReviewed(FAMILY))
                .expectEvents(new DossierReviewed(FAMILY, "2026-2027"));
    }

    @Test
    void givenAReviewThisYear_whenConfirmedAgain_thenNothingChanges() {
        fixture.given(CREATED, new DossierReviewed(FAMILY, "2026-2027"))
                .when(new ConfirmDossierReviewed(FAMILY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenMedicalConsent_whenRecordingTheMedicalDossier_thenItIsRecordedSealed() {
        fixture.given(CREATED, LEA_ADDED, PERSONAL_GIVEN, MEDICAL_GIVEN)
                .when(new RecordMedicalDossier(FAMILY, LEA, ASTHMA))
                .expectEventsMatching(new CustomMatcher<List<EventMessage<?>>>("the asthma dossier, sealed") {
                    @Override
                    public boolean matches(Object item) {
                        return onlyPayload(item) instanceof MedicalDossierRecorded sealed
                                && !sealed.toString().contains("Arachide")
                                && MedicalSeal.open(sealed, keys).orElseThrow().equals(ASTHMA);
                    }
                });
    }

    @Test
    void givenNoMedicalConsent_whenRecordingTheMedicalDossier_thenMedicalConsentRequired() {
        expectViolation(fixture.given(CREATED, LEA_ADDED, PERSONAL_GIVEN)
                .when(new RecordMedicalDossier(FAMILY, LEA, ASTHMA)), "MEDICAL_CONSENT_REQUIRED");
    }

    @Test
    void givenMedicalConsent_whenRecordingForAnUnknownChild_thenUnknownChild() {
        expectViolation(fixture.given(CREATED, PERSONAL_GIVEN, MEDICAL_GIVEN)
                .when(new RecordMedicalDossier(FAMILY, "child-other", ASTHMA)), "UNKNOWN_CHILD");
    }

    @Test
    void givenTheSameMedicalDossier_whenRecordedAgain_thenNothingChanges() {
        fixture.given(CREATED, LEA_ADDED, PERSONAL_GIVEN, MEDICAL_GIVEN,
                        MedicalSeal.seal(FAMILY, LEA, ASTHMA, keys.currentKey(FAMILY)))
                .when(new RecordMedicalDossier(FAMILY, LEA, ASTHMA))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAnErasedMedicalDossier_whenConsentIsGivenAgainAndItIsRecorded_thenANewKeySealsIt() {
        MedicalDossierRecorded erased = MedicalSeal.seal(FAMILY, LEA, ASTHMA, keys.currentKey(FAMILY));
        keys.destroyKeys(FAMILY);
        fixture.given(CREATED, LEA_ADDED, PERSONAL_GIVEN, MEDICAL_GIVEN, erased,
                        new ConsentWithdrawn(FAMILY, ConsentKind.MEDICAL_DATA), MEDICAL_GIVEN)
                .when(new RecordMedicalDossier(FAMILY, LEA, ASTHMA))
                .expectEventsMatching(new CustomMatcher<List<EventMessage<?>>>("a dossier under a new key") {
                    @Override
                    public boolean matches(Object item) {
                        return onlyPayload(item) instanceof MedicalDossierRecorded sealed
                                && !sealed.keyId().equals(erased.keyId());
                    }
                });
    }
}
