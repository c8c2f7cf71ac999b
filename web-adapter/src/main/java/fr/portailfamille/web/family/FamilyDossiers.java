package fr.portailfamille.web.family;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import fr.portailfamille.api.family.ChildMedicalDossier;
import fr.portailfamille.api.family.FamilyDossier;
import fr.portailfamille.api.family.FindFamilyDossier;
import fr.portailfamille.api.family.FindMedicalDossiers;
import fr.portailfamille.web.problem.ApiException;

/** What the API and the pages read of a family dossier. */
@Service
public class FamilyDossiers {
    private final QueryGateway queryGateway;

    public FamilyDossiers(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** The dossier; 404 when there is no such family. */
    public FamilyDossier dossier(String familyId) {
        return queryGateway.query(new FindFamilyDossier(familyId),
                        ResponseTypes.optionalInstanceOf(FamilyDossier.class)).join()
                .orElseThrow(() -> ApiException.notFound("Famille"));
    }

    /** 404 when there is no such family: an empty list would say that it has nothing yet. */
    public void requireKnown(String familyId) {
        dossier(familyId);
    }

    /** The children's medical dossiers, opened with the family key, by child id. */
    public Map<String, ChildMedicalDossier> medicalByChild(String familyId) {
        return queryGateway.query(new FindMedicalDossiers(familyId),
                        ResponseTypes.multipleInstancesOf(ChildMedicalDossier.class)).join().stream()
                .collect(Collectors.toMap(ChildMedicalDossier::childId, Function.identity()));
    }
}
