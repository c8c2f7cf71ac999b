package fr.portailfamille.domain.family;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

import fr.portailfamille.api.family.AddAuthorisedPerson;
import fr.portailfamille.api.family.AuthorisationsSet;
import fr.portailfamille.api.family.Authorisation;
import fr.portailfamille.api.family.AuthorisedPersonAdded;
import fr.portailfamille.api.family.AuthorisedPersonRemoved;
import fr.portailfamille.api.family.ChildAdded;
import fr.portailfamille.api.family.ChildUpdated;
import fr.portailfamille.api.family.MedicalDossier;
import fr.portailfamille.api.family.MedicalDossierRecorded;
import fr.portailfamille.api.family.RemoveAuthorisedPerson;
import fr.portailfamille.api.family.SetAuthorisations;
import fr.portailfamille.api.family.UpdateChild;

/** A child of the family: identity and schooling, authorisations, authorised persons, sealed medical dossier. */
class FamilyChild {
    @EntityId
    private final String childId;
    private final ChildAdded added;
    private ChildUpdated identity;
    private Map<Authorisation, Boolean> authorisations = Map.of();
    private final Map<String, AuthorisedPersonAdded> authorisedPersons = new HashMap<>();
    private MedicalDossierRecorded medical;

    FamilyChild(ChildAdded added) {
        this.childId = added.childId();
        this.added = added;
        this.identity = new ChildUpdated(added.familyId(), childId, added.firstName(), added.lastName(),
                added.birthDate(), added.sex(), null, null);
    }

    ChildAdded added() {
        return added;
    }

    /** The medical dossier while the family key exists. */
    Optional<MedicalDossier> medicalDossier(FamilyKeyStore keys) {
        return medical == null ? Optional.empty() : MedicalSeal.open(medical, keys);
    }

    /** Same recorded state: what the fixtures compare after replaying events. */
    @Override
    public boolean equals(Object other) {
        return other instanceof FamilyChild child && added.equals(child.added) && identity.equals(child.identity)
                && authorisations.equals(child.authorisations) && authorisedPersons.equals(child.authorisedPersons)
                && Objects.equals(medical, child.medical);
    }

    @Override
    public int hashCode() {
        return Objects.hash(added, identity, authorisations, authorisedPersons, medical);
    }

    @CommandHandler
    void handle(UpdateChild command) {
        ChildUpdated updated = FamilyRules.childUpdated(command);
        if (!updated.equals(identity)) {
            apply(updated);
        }
    }

    @CommandHandler
    void handle(SetAuthorisations command) {
        Map<Authorisation, Boolean> answers = FamilyRules.answers(command.answers());
        if (!answers.equals(authorisations)) {
            apply(new AuthorisationsSet(command.familyId(), childId, answers));
        }
    }

    /** Adding a known person again with other details corrects them. */
    @CommandHandler
    void handle(AddAuthorisedPerson command) {
        AuthorisedPersonAdded person = FamilyRules.personAdded(command);
        if (!person.equals(authorisedPersons.get(person.personId()))) {
            apply(person);
        }
    }

    @CommandHandler
    void handle(RemoveAuthorisedPerson command) {
        if (authorisedPersons.containsKey(command.personId())) {
            apply(new AuthorisedPersonRemoved(command.familyId(), childId, command.personId()));
        }
    }

    @EventSourcingHandler
    void on(ChildUpdated event) {
        identity = event;
    }

    @EventSourcingHandler
    void on(AuthorisationsSet event) {
        authorisations = Map.copyOf(event.answers());
    }

    @EventSourcingHandler
    void on(AuthorisedPersonAdded event) {
        authorisedPersons.put(event.personId(), event);
    }

    @EventSourcingHandler
    void on(AuthorisedPersonRemoved event) {
        authorisedPersons.remove(event.personId());
    }

    @EventSourcingHandler
    void on(MedicalDossierRecorded event) {
        medical = event;
    }
}
