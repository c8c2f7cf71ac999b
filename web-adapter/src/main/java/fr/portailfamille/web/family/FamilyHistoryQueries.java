package fr.portailfamille.web.family;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import fr.portailfamille.api.AuditMetadata;
import fr.portailfamille.api.family.AddressChanged;
import fr.portailfamille.api.family.AllocataireChanged;
import fr.portailfamille.api.family.AuthorisationsSet;
import fr.portailfamille.api.family.AuthorisedPersonAdded;
import fr.portailfamille.api.family.AuthorisedPersonRemoved;
import fr.portailfamille.api.family.ChildAdded;
import fr.portailfamille.api.family.ChildEvent;
import fr.portailfamille.api.family.ChildUpdated;
import fr.portailfamille.api.family.ConsentGiven;
import fr.portailfamille.api.family.ConsentKind;
import fr.portailfamille.api.family.ConsentWithdrawn;
import fr.portailfamille.api.family.DossierReviewed;
import fr.portailfamille.api.family.FamilyCreated;
import fr.portailfamille.api.family.FamilyEvent;
import fr.portailfamille.api.family.FamilyHistoryEntry;
import fr.portailfamille.api.family.FindFamilyHistory;
import fr.portailfamille.api.family.LoginEmailChanged;
import fr.portailfamille.api.family.MedicalDossier;
import fr.portailfamille.api.family.MedicalDossierRecorded;
import fr.portailfamille.api.family.QuotientFamilialSet;
import fr.portailfamille.api.family.ResponsibleAdultUpdated;
import fr.portailfamille.domain.family.FamilyKeyStore;
import fr.portailfamille.domain.family.MedicalSeal;
import fr.portailfamille.web.pages.Formats;

/**
 * The history of a family dossier, read from the event store and told in French. Medical data is opened with the
 * family key; once the key is destroyed it reads « donnée effacée ».
 */
@Component
public class FamilyHistoryQueries {
    static final String ERASED = "donnée effacée";

    private final EventStore eventStore;
    private final FamilyKeyStore keys;
    private final FamilyLabels labels;
    private final Formats formats;

    public FamilyHistoryQueries(@Qualifier("eventStore") EventStore eventStore, FamilyKeyStore keys,
                                FamilyLabels labels, Formats formats) {
        this.eventStore = eventStore;
        this.keys = keys;
        this.labels = labels;
        this.formats = formats;
    }

    @QueryHandler
    public List<FamilyHistoryEntry> handle(FindFamilyHistory query) {
        List<FamilyHistoryEntry> history = new ArrayList<>();
        Map<String, String> childNames = new HashMap<>();
        DomainEventStream stream = eventStore.readEvents(query.familyId());
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getPayload() instanceof ChildAdded added) {
                childNames.put(added.childId(), added.firstName());
            }
            if (message.getPayload() instanceof FamilyEvent event) {
                history.add(new FamilyHistoryEntry(message.getTimestamp(),
                        (String) message.getMetaData().get(AuditMetadata.USER_ID),
                        (String) message.getMetaData().get(AuditMetadata.ROLE), event.getClass().getSimpleName(),
                        event instanceof ChildEvent child ? child.childId() : null,
                        describe(event, childNames)));
            }
        }
        return history;
    }

    private String describe(FamilyEvent event, Map<String, String> childNames) {
        if (event instanceof FamilyCreated e) {
            return "Dossier créé pour " + e.parent1().civility() + " " + e.parent1().firstName() + " "
                    + e.parent1().lastName() + " (" + e.parent1().email() + "), quotient familial "
                    + (e.quotient() == null ? "non communiqué" : e.quotient());
        } else if (event instanceof ChildAdded e) {
            return "Enfant ajouté : " + e.firstName() + " " + e.lastName() + ", " + labels.bornOn(e.sex())
                    .toLowerCase(Formats.FRENCH) + " " + formats.date(e.birthDate());
        } else if (event instanceof ChildUpdated e) {
            return "Informations de " + e.firstName() + " " + e.lastName() + " : " + labels.bornOn(e.sex())
                    .toLowerCase(Formats.FRENCH) + " " + formats.date(e.birthDate()) + ", école "
                    + orDash(e.school()) + ", classe " + orDash(e.schoolClass());
        } else if (event instanceof QuotientFamilialSet e) {
            return "Quotient familial " + e.quotient() + " du " + formats.date(e.validFrom()) + " au "
                    + formats.date(e.validUntil());
        } else if (event instanceof AuthorisationsSet e) {
            return "Autorisations de " + childNames.get(e.childId()) + " : " + labels.authorisations().stream()
                    .map(a -> labels.authorisation(a) + " " + labels.yesNo(e.answers().get(a)))
                    .collect(Collectors.joining(", "));
        } else if (event instanceof AuthorisedPersonAdded e) {
            return "Personne autorisée à venir chercher " + childNames.get(e.childId()) + " : " + e.name()
                    + (e.relation() == null ? "" : " (" + e.relation() + ")") + ", " + e.phone();
        } else if (event instanceof AuthorisedPersonRemoved e) {
            return "Personne autorisée retirée pour " + childNames.get(e.childId());
        } else if (event instanceof MedicalDossierRecorded e) {
            return "Dossier médical de " + childNames.get(e.childId()) + " : "
                    + MedicalSeal.open(e, keys).map(FamilyHistoryQueries::medical).orElse(ERASED);
        } else if (event instanceof ConsentGiven e) {
            return consent(e.consent()) + " donnée";
        } else if (event instanceof ConsentWithdrawn e) {
            return consent(e.consent()) + " retirée";
        } else if (event instanceof ResponsibleAdultUpdated e) {
            return "Coordonnées du " + labels.parent(e.rank()) + " : " + e.civility() + " " + e.firstName() + " "
                    + e.lastName() + ", mail " + orDash(e.email()) + ", tél. domicile " + orDash(e.homePhone())
                    + ", portable " + orDash(e.mobile()) + ", tél. travail " + orDash(e.workPhone());
        } else if (event instanceof AddressChanged e) {
            return "Adresse : " + e.street() + ", " + e.postalCode() + " " + e.city();
        } else if (event instanceof AllocataireChanged e) {
            return "Allocataire : " + orDash(e.allocataireName()) + ", " + labels.regime(e.regime()) + ", n° "
                    + orDash(e.allocataireNumber());
        } else if (event instanceof LoginEmailChanged e) {
            return "Identifiant de connexion changé de " + e.previousEmail() + " en " + e.email();
        } else if (event instanceof DossierReviewed e) {
            return "Dossier vérifié et corrigé pour l'année " + e.schoolYear();
        }
        return event.getClass().getSimpleName();
    }

    private static String medical(MedicalDossier dossier) {
        return "médecin " + orDash(dossier.doctor()) + ", allergies " + orDash(dossier.allergies()) + ", PAI "
                + orDash(dossier.pai()) + ", régime " + orDash(dossier.diet()) + ", vaccinations "
                + orDash(dossier.vaccinations()) + ", notes " + orDash(dossier.notes());
    }

    private static String consent(ConsentKind consent) {
        return consent == ConsentKind.PERSONAL_DATA ? "Autorisation de saisie des données personnelles"
                : "Autorisation de saisie des données médicales";
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
