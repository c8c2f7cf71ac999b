package fr.portailfamille.domain.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import fr.portailfamille.api.family.MedicalDossier;
import fr.portailfamille.api.family.MedicalDossierRecorded;

class MedicalSealTest {
    private static final MedicalDossier DOSSIER = new MedicalDossier("Dr Morel", "Arachide", "PAI asthme",
            "Sans porc", "DTP à jour", "Ventoline dans le cartable");
    private final InMemoryFamilyKeyStore keys = new InMemoryFamilyKeyStore();

    @Test
    void givenAFamilyKey_whenSealingThenOpening_thenTheSameDossierWithoutPlainTextInTheEvent() {
        MedicalDossierRecorded sealed = MedicalSeal.seal("family-1", "child-1", DOSSIER, keys.currentKey("family-1"));

        assertThat(sealed.toString()).doesNotContain("Morel", "Arachide", "asthme", "porc", "DTP", "Ventoline");
        assertThat(MedicalSeal.open(sealed, keys)).contains(DOSSIER);
    }

    @Test
    void givenTheSameDossierSealedTwice_whenComparingTheEvents_thenTheyDifferByTheirRandomIv() {
        FamilyKey key = keys.currentKey("family-1");
        assertThat(MedicalSeal.seal("family-1", "child-1", DOSSIER, key))
                .isNotEqualTo(MedicalSeal.seal("family-1", "child-1", DOSSIER, key));
    }

    @Test
    void givenDestroyedKeys_whenOpening_thenNothingCanBeRead() {
        MedicalDossierRecorded sealed = MedicalSeal.seal("family-1", "child-1", DOSSIER, keys.currentKey("family-1"));
        keys.destroyKeys("family-1");
        assertThat(MedicalSeal.open(sealed, keys)).isEmpty();
    }

    @Test
    void givenAFieldMovedToAnotherChild_whenOpening_thenTheSealRefusesIt() {
        MedicalDossierRecorded sealed = MedicalSeal.seal("family-1", "child-1", DOSSIER, keys.currentKey("family-1"));
        MedicalDossierRecorded moved = new MedicalDossierRecorded("family-1", "child-2", sealed.keyId(),
                sealed.doctor(), sealed.allergies(), sealed.pai(), sealed.diet(), sealed.vaccinations(),
                sealed.notes());
        assertThatThrownBy(() -> MedicalSeal.open(moved, keys)).isInstanceOf(IllegalStateException.class);
    }
}
