package fr.portailfamille.query.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.portailfamille.api.family.AddressChanged;
import fr.portailfamille.api.family.AllocataireChanged;
import fr.portailfamille.api.family.AllocataireRegime;
import fr.portailfamille.api.family.Authorisation;
import fr.portailfamille.api.family.AuthorisationsSet;
import fr.portailfamille.api.family.AuthorisedPersonAdded;
import fr.portailfamille.api.family.AuthorisedPersonRemoved;
import fr.portailfamille.api.family.ChildAdded;
import fr.portailfamille.api.family.ChildUpdated;
import fr.portailfamille.api.family.ConsentGiven;
import fr.portailfamille.api.family.ConsentKind;
import fr.portailfamille.api.family.ConsentWithdrawn;
import fr.portailfamille.api.family.DossierReviewed;
import fr.portailfamille.api.family.DossierYear;
import fr.portailfamille.api.family.FamilyCreated;
import fr.portailfamille.api.family.FamilyDossier;
import fr.portailfamille.api.family.FindFamilyDossier;
import fr.portailfamille.api.family.LoginEmailChanged;
import fr.portailfamille.api.family.MedicalDossierRecorded;
import fr.portailfamille.api.family.ParentRank;
import fr.portailfamille.api.family.QuotientFamilialSet;
import fr.portailfamille.api.family.ResponsibleAdult;
import fr.portailfamille.api.family.ResponsibleAdultUpdated;
import fr.portailfamille.api.family.Sex;
import fr.portailfamille.query.support.EmbeddedMongo;

class FamilyDossierProjectionTest {
    private static final String FAMILY = "family-dupont";
    private static final String LEA = "child-lea";
    private static final LocalDate SEP_1 = LocalDate.of(2026, 9, 1);
    private static final LocalDate AUG_31 = LocalDate.of(2027, 8, 31);

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final FamilyDossierProjection projection = new FamilyDossierProjection(mongo.database());

    @AfterEach
    void close() {
        mongo.close();
    }

    private void givenTheDupontHistory() {
        Map<Authorisation, Boolean> answers = new EnumMap<>(Authorisation.class);
        for (Authorisation authorisation : Authorisation.values()) {
            answers.put(authorisation, authorisation != Authorisation.SCHOOL_TRANSPORT);
        }
        long sequence = 0;
        projection.on(new FamilyCreated(FAMILY, new ResponsibleAdult("Mme", "Claire", "Dupont", "Claire@Exemple.fr",
                "0601020304"), 700), sequence++);
        projection.on(new ResponsibleAdultUpdated(FAMILY, ParentRank.PARENT_2, "M.", "Thomas", "Dupont", null, null,
                "0611223344", null), sequence++);
        projection.on(new ResponsibleAdultUpdated(FAMILY, ParentRank.PARENT_1, "Mme", "Claire", "Dupont",
                "claire@exemple.fr", "0240000000", "0601020304", null), sequence++);
        projection.on(new LoginEmailChanged(FAMILY, "claire@exemple.fr", "claire.dupont@exemple.fr"), sequence++);
        projection.on(new AddressChanged(FAMILY, "2 rue du Clos Martin", "44530", "Dreffeac"), sequence++);
        projection.on(new AllocataireChanged(FAMILY, "Claire Dupont", AllocataireRegime.CAF, "1234567"), sequence++);
        projection.on(new QuotientFamilialSet(FAMILY, 850, SEP_1, AUG_31), sequence++);
        projection.on(new ConsentGiven(FAMILY, ConsentKind.PERSONAL_DATA), sequence++);
        projection.on(new ConsentGiven(FAMILY, ConsentKind.MEDICAL_DATA), sequence++);
        projection.on(new ConsentWithdrawn(FAMILY, ConsentKind.MEDICAL_DATA), sequence++);
        projection.on(new DossierReviewed(FAMILY, "2026-2027"), sequence++);
        projection.on(new ChildAdded(FAMILY, LEA, "Léa", "Dupont", LocalDate.of(2017, 5, 3), Sex.F), sequence++);
        projection.on(new ChildAdded(FAMILY, "child-hugo", "Hugo", "Dupont", LocalDate.of(2020, 1, 21), Sex.M),
                sequence++);
        projection.on(new ChildUpdated(FAMILY, LEA, "Léa", "Dupont", LocalDate.of(2017, 5, 3), Sex.F, "École du Bourg",
                "CE2"), sequence++);
        projection.on(new AuthorisationsSet(FAMILY, LEA, answers), sequence++);
        projection.on(new AuthorisedPersonAdded(FAMILY, LEA, "person-1", "Jeanne Dupont", "Grand-mère",
                "0611111111"), sequence++);
        projection.on(new AuthorisedPersonAdded(FAMILY, LEA, "person-2", "Paul Durand", "Voisin", "0622222222"),
                sequence++);
        projection.on(new AuthorisedPersonRemoved(FAMILY, LEA, "person-2"), sequence++);
        projection.on(new MedicalDossierRecorded(FAMILY, LEA, "key-1", "c2VhbGVk", "c2VhbGVk", "c2VhbGVk",
                "c2VhbGVk", "c2VhbGVk", "c2VhbGVk"), sequence);
    }

    private FamilyDossier dossier() {
        return projection.handle(new FindFamilyDossier(FAMILY)).orElseThrow();
    }

    @Test
    void givenAFamilyHistory_whenAskingItsDossier_thenEverythingIsThereInOrder() {
        givenTheDupontHistory();

        FamilyDossier dossier = dossier();
        assertThat(dossier.loginEmail()).isEqualTo("claire.dupont@exemple.fr");
        assertThat(dossier.parents()).extracting(FamilyDossier.Adult::rank)
                .containsExactly(ParentRank.PARENT_1, ParentRank.PARENT_2);
        assertThat(dossier.parents().get(0).email()).isEqualTo("claire.dupont@exemple.fr");
        assertThat(dossier.parents().get(0).homePhone()).isEqualTo("0240000000");
        assertThat(dossier.address()).isEqualTo(new FamilyDossier.Address("2 rue du Clos Martin", "44530", "Dreffeac"));
        assertThat(dossier.allocataire().regime()).isEqualTo(AllocataireRegime.CAF);
        assertThat(dossier.quotientValueOn(LocalDate.of(2026, 12, 1))).isEqualTo(850);
        assertThat(dossier.quotientValueOn(LocalDate.of(2026, 8, 31))).isEqualTo(700);
        assertThat(dossier.personalDataConsent()).isTrue();
        assertThat(dossier.medicalDataConsent()).isFalse();
        assertThat(dossier.reviewedFor(new DossierYear("2026-2027"))).isTrue();
        assertThat(dossier.children()).extracting(FamilyDossier.Child::firstName).containsExactly("Léa", "Hugo");
        FamilyDossier.Child lea = dossier.children().get(0);
        assertThat(lea.schoolClass()).isEqualTo("CE2");
        assertThat(lea.authorisations()).hasSize(7).containsEntry(Authorisation.SCHOOL_TRANSPORT, false)
                .containsEntry(Authorisation.OUTINGS, true);
        assertThat(lea.authorisedPersons()).extracting(FamilyDossier.AuthorisedPerson::name)
                .containsExactly("Jeanne Dupont");
        assertThat(lea.medical().keyId()).isEqualTo("key-1");
        assertThat(dossier.children().get(1).medical()).isNull();
    }

    @Test
    void givenAQuotientCorrected_whenAskingTheQuotient_thenTheLastAttestationWins() {
        projection.on(new FamilyCreated(FAMILY, new ResponsibleAdult("Mme", "Claire", "Dupont", "c@exemple.fr",
                null), null), 0);
        projection.on(new QuotientFamilialSet(FAMILY, 805, SEP_1, AUG_31), 1);
        projection.on(new QuotientFamilialSet(FAMILY, 850, SEP_1, AUG_31), 2);
        assertThat(dossier().quotientValueOn(SEP_1)).isEqualTo(850);
        assertThat(dossier().quotientOn(SEP_1).validUntil()).isEqualTo(AUG_31);
        assertThat(dossier().quotientValueOn(AUG_31.plusDays(1))).isNull();
    }

    @Test
    void givenAnEventDeliveredTwice_whenAskingTheDossier_thenItCountsOnce() {
        projection.on(new FamilyCreated(FAMILY, new ResponsibleAdult("Mme", "Claire", "Dupont", "c@exemple.fr",
                null), null), 0);
        projection.on(new QuotientFamilialSet(FAMILY, 850, SEP_1, AUG_31), 1);
        projection.on(new QuotientFamilialSet(FAMILY, 850, SEP_1, AUG_31), 1);
        assertThat(dossier().quotients()).hasSize(1);
    }

    @Test
    void givenALiveDossier_whenResetAndReplayed_thenTheRebuiltDossierEqualsTheLiveOne() {
        givenTheDupontHistory();
        FamilyDossier live = dossier();

        projection.reset();
        assertThat(projection.handle(new FindFamilyDossier(FAMILY))).isEmpty();
        givenTheDupontHistory();

        assertThat(dossier()).isEqualTo(live);
    }

    @Test
    void givenNoSuchFamily_whenAskingItsDossier_thenNothing() {
        assertThat(projection.handle(new FindFamilyDossier("family-nobody"))).isEmpty();
    }
}
