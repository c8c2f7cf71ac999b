package fr.portailfamille.web.family;

import java.util.List;
import java.util.Optional;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import fr.portailfamille.api.family.ChildMedicalDossier;
import fr.portailfamille.api.family.ChildSummary;
import fr.portailfamille.api.family.FamilyDossier;
import fr.portailfamille.api.family.FindChild;
import fr.portailfamille.api.family.FindFamilyDossier;
import fr.portailfamille.api.family.FindMedicalDossiers;
import fr.portailfamille.api.family.MedicalDossier;
import fr.portailfamille.api.family.MedicalDossierRecorded;
import fr.portailfamille.api.family.MedicalStatus;
import fr.portailfamille.api.reservation.ChildCareNotes;
import fr.portailfamille.api.reservation.FindChildCareNotes;
import fr.portailfamille.domain.family.FamilyKeyStore;
import fr.portailfamille.domain.family.MedicalSeal;

/**
 * Opens the sealed medical dossiers of the dossier read model with the family key, here and only here: read models
 * keep them sealed, so destroying the key erases them everywhere at once.
 */
@Component
public class MedicalDossierQueries {
    private final QueryGateway queryGateway;
    private final FamilyKeyStore keys;

    public MedicalDossierQueries(QueryGateway queryGateway, FamilyKeyStore keys) {
        this.queryGateway = queryGateway;
        this.keys = keys;
    }

    @QueryHandler
    public List<ChildMedicalDossier> handle(FindMedicalDossiers query) {
        return queryGateway.query(new FindFamilyDossier(query.familyId()),
                        ResponseTypes.optionalInstanceOf(FamilyDossier.class)).join()
                .map(dossier -> dossier.children().stream().map(child -> open(dossier.familyId(), child)).toList())
                .orElse(List.of());
    }

    /**
     * The day sheet's notes: allergies, PAI and diet only while the family consents to medical data (a withdrawal
     * destroys the key, so they then read as erased), and the persons allowed to collect the child.
     */
    @QueryHandler
    public Optional<ChildCareNotes> handle(FindChildCareNotes query) {
        return queryGateway.query(new FindChild(query.childId()), ResponseTypes.optionalInstanceOf(ChildSummary.class))
                .join()
                .flatMap(child -> queryGateway.query(new FindFamilyDossier(child.familyId()),
                        ResponseTypes.optionalInstanceOf(FamilyDossier.class)).join())
                .flatMap(dossier -> dossier.children().stream()
                        .filter(child -> child.childId().equals(query.childId())).findFirst()
                        .map(child -> careNotes(dossier, child)));
    }

    private ChildCareNotes careNotes(FamilyDossier dossier, FamilyDossier.Child child) {
        List<ChildCareNotes.CollectingPerson> persons = child.authorisedPersons().stream()
                .map(person -> new ChildCareNotes.CollectingPerson(person.name(), person.relation(), person.phone()))
                .toList();
        ChildMedicalDossier medical = open(dossier.familyId(), child);
        if (medical.status() == MedicalStatus.READABLE && !dossier.medicalDataConsent()) {
            return new ChildCareNotes(child.childId(), MedicalStatus.NONE, null, null, null, persons);
        }
        MedicalDossier opened = medical.dossier();
        return opened == null ? new ChildCareNotes(child.childId(), medical.status(), null, null, null, persons)
                : new ChildCareNotes(child.childId(), medical.status(), opened.allergies(), opened.pai(),
                opened.diet(), persons);
    }

    private ChildMedicalDossier open(String familyId, FamilyDossier.Child child) {
        FamilyDossier.SealedMedicalDossier sealed = child.medical();
        if (sealed == null) {
            return new ChildMedicalDossier(child.childId(), MedicalStatus.NONE, null);
        }
        return MedicalSeal.open(new MedicalDossierRecorded(familyId, child.childId(), sealed.keyId(),
                        sealed.doctor(), sealed.allergies(), sealed.pai(), sealed.diet(), sealed.vaccinations(),
                        sealed.notes()), keys)
                .map(dossier -> new ChildMedicalDossier(child.childId(), MedicalStatus.READABLE, dossier))
                .orElse(new ChildMedicalDossier(child.childId(), MedicalStatus.ERASED, null));
    }
}
