package fr.portailfamille.web.family;

import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import fr.portailfamille.api.family.ChangeAddress;
import fr.portailfamille.api.family.ChangeAllocataire;
import fr.portailfamille.api.family.FamilyDossier;
import fr.portailfamille.api.family.UpdateResponsibleAdult;
import fr.portailfamille.query.family.ChildDirectoryProjection;
import fr.portailfamille.query.family.FamilyDirectoryProjection;
import fr.portailfamille.query.family.FamilyDossierProjection;

/** Sends a change of a family dossier and answers once the family's read models show it. */
@Service
public class FamilyCommands {
    private final CommandGateway commandGateway;
    private final ReadModels readModels;

    public FamilyCommands(CommandGateway commandGateway, ReadModels readModels) {
        this.commandGateway = commandGateway;
        this.readModels = readModels;
    }

    public <R> R send(Object command) {
        R result = commandGateway.sendAndWait(command);
        awaitReadModels();
        return result;
    }

    /** « Mes coordonnées »: each part given is sent; a part that did not change records nothing. */
    public void updateContacts(String familyId, List<FamilyDossier.Adult> parents, FamilyDossier.Address address,
                               FamilyDossier.Allocataire allocataire) {
        for (FamilyDossier.Adult parent : parents) {
            commandGateway.sendAndWait(new UpdateResponsibleAdult(familyId, parent.rank(), parent.civility(),
                    parent.firstName(), parent.lastName(), parent.email(), parent.homePhone(), parent.mobile(),
                    parent.workPhone()));
        }
        if (address != null) {
            commandGateway.sendAndWait(new ChangeAddress(familyId, address.street(), address.postalCode(),
                    address.city()));
        }
        if (allocataire != null) {
            commandGateway.sendAndWait(new ChangeAllocataire(familyId, allocataire.allocataireName(),
                    allocataire.regime(), allocataire.allocataireNumber()));
        }
        awaitReadModels();
    }

    private void awaitReadModels() {
        readModels.awaitCaughtUp(FamilyDossierProjection.PROCESSING_GROUP, FamilyDirectoryProjection.PROCESSING_GROUP,
                ChildDirectoryProjection.PROCESSING_GROUP);
    }
}
