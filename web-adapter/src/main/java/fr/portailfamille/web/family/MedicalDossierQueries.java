package fr.portailfamille.web.family;

import java.util.List;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import fr.portailfamille.api.family.ChildMedicalDossier;
import fr.portailfamille.api.family.FamilyDossier;
import fr.portailfamille.api.family.FindFamilyDossier;
import fr.portailfamille.api.family.FindMedicalDossiers;
import fr.portailfamille.api.family.MedicalDossierRecorded;
import fr.portailfamille.api.family.MedicalStatus;
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
