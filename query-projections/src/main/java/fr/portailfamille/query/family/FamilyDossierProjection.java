package fr.portailfamille.query.family;

import static fr.portailfamille.query.support.SequencedDocuments.element;
import static fr.portailfamille.query.support.SequencedDocuments.list;
import static fr.portailfamille.query.support.SequencedDocuments.upsertElement;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;

import com.mongodb.client.MongoDatabase;

import fr.portailfamille.api.account.AccountId;
import fr.portailfamille.api.family.AddressChanged;
import fr.portailfamille.api.family.AllocataireChanged;
import fr.portailfamille.api.family.AuthorisationsSet;
import fr.portailfamille.api.family.AuthorisedPersonAdded;
import fr.portailfamille.api.family.AuthorisedPersonRemoved;
import fr.portailfamille.api.family.ChildAdded;
import fr.portailfamille.api.family.ChildUpdated;
import fr.portailfamille.api.family.ConsentGiven;
import fr.portailfamille.api.family.ConsentKind;
import fr.portailfamille.api.family.ConsentWithdrawn;
import fr.portailfamille.api.family.DossierReviewed;
import fr.portailfamille.api.family.FamilyCreated;
import fr.portailfamille.api.family.FamilyDossier;
import fr.portailfamille.api.family.FindFamilyDossier;
import fr.portailfamille.api.family.LoginEmailChanged;
import fr.portailfamille.api.family.MedicalDossierRecorded;
import fr.portailfamille.api.family.ParentRank;
import fr.portailfamille.api.family.QuotientFamilialSet;
import fr.portailfamille.api.family.ResponsibleAdult;
import fr.portailfamille.api.family.ResponsibleAdultUpdated;
import fr.portailfamille.query.support.DocumentMapper;
import fr.portailfamille.query.support.HeldReplayWrites;
import fr.portailfamille.query.support.PerBatch;
import fr.portailfamille.query.support.SequencedDocuments;

/**
 * Each family's dossier as one document keyed by family id, shaped as {@link FamilyDossier}: what « Ma famille »,
 * « Mes coordonnées », the consent gate and {@code GET /api/families/{id}} read. Medical dossiers stay sealed.
 */
@ProcessingGroup(FamilyDossierProjection.PROCESSING_GROUP)
public class FamilyDossierProjection implements HeldReplayWrites {
    public static final String PROCESSING_GROUP = "family-dossiers";
    private static final String CHILDREN = "children";
    private static final String PARENTS = "parents";

    private final SequencedDocuments dossiers;

    public FamilyDossierProjection(MongoDatabase database) {
        this.dossiers = new SequencedDocuments(database.getCollection("family_dossiers"));
    }

    @EventHandler
    public void on(FamilyCreated event, @SequenceNumber long sequence) {
        ResponsibleAdult parent1 = event.parent1();
        String email = AccountId.normalizeEmail(parent1.email());
        change(event.familyId(), sequence, dossier -> {
            dossier.put("loginEmail", email);
            dossier.put("initialQuotient", event.quotient());
            upsertElement(list(dossier, PARENTS), "rank", DocumentMapper.toDocument(new FamilyDossier.Adult(
                    ParentRank.PARENT_1, parent1.civility(), parent1.firstName(), parent1.lastName(), email, null,
                    parent1.mobile(), null)));
        });
    }

    @EventHandler
    public void on(ResponsibleAdultUpdated event, @SequenceNumber long sequence) {
        change(event.familyId(), sequence, dossier -> {
            List<Document> parents = list(dossier, PARENTS);
            upsertElement(parents, "rank", DocumentMapper.toDocument(new FamilyDossier.Adult(event.rank(),
                    event.civility(), event.firstName(), event.lastName(), event.email(), event.homePhone(),
                    event.mobile(), event.workPhone())));
            parents.sort(Comparator.comparing(parent -> parent.getString("rank")));
        });
    }

    @EventHandler
    public void on(LoginEmailChanged event, @SequenceNumber long sequence) {
        change(event.familyId(), sequence, dossier -> {
            dossier.put("loginEmail", event.email());
            element(list(dossier, PARENTS), "rank", ParentRank.PARENT_1.name())
                    .ifPresent(parent1 -> parent1.put("email", event.email()));
        });
    }

    @EventHandler
    public void on(AddressChanged event, @SequenceNumber long sequence) {
        change(event.familyId(), sequence, dossier -> dossier.put("address", DocumentMapper.toDocument(
                new FamilyDossier.Address(event.street(), event.postalCode(), event.city()))));
    }

    @EventHandler
    public void on(AllocataireChanged event, @SequenceNumber long sequence) {
        change(event.familyId(), sequence, dossier -> dossier.put("allocataire", DocumentMapper.toDocument(
                new FamilyDossier.Allocataire(event.allocataireName(), event.regime(), event.allocataireNumber()))));
    }

    @EventHandler
    public void on(QuotientFamilialSet event, @SequenceNumber long sequence) {
        change(event.familyId(), sequence, dossier -> list(dossier, "quotients").add(DocumentMapper.toDocument(
                new FamilyDossier.QuotientPeriod(event.quotient(), event.validFrom(), event.validUntil()))));
    }

    @EventHandler
    public void on(ConsentGiven event, @SequenceNumber long sequence) {
        change(event.familyId(), sequence, dossier -> dossier.put(consentField(event.consent()), true));
    }

    @EventHandler
    public void on(ConsentWithdrawn event, @SequenceNumber long sequence) {
        change(event.familyId(), sequence, dossier -> dossier.put(consentField(event.consent()), false));
    }

    @EventHandler
    public void on(DossierReviewed event, @SequenceNumber long sequence) {
        change(event.familyId(), sequence, dossier -> {
            List<Object> years = dossier.getList("reviewedYears", Object.class);
            if (!years.contains(event.schoolYear())) {
                years.add(event.schoolYear());
            }
        });
    }

    @EventHandler
    public void on(ChildAdded event, @SequenceNumber long sequence) {
        change(event.familyId(), sequence, dossier -> upsertElement(list(dossier, CHILDREN), "childId",
                DocumentMapper.toDocument(new FamilyDossier.Child(event.childId(), event.firstName(),
                        event.lastName(), event.birthDate(), event.sex(), null, null, Map.of(), List.of(), null))));
    }

    @EventHandler
    public void on(ChildUpdated event, @SequenceNumber long sequence) {
        changeChild(event.familyId(), event.childId(), sequence, child -> child
                .append("firstName", event.firstName()).append("lastName", event.lastName())
                .append("birthDate", event.birthDate().toString()).append("sex", event.sex().name())
                .append("school", event.school()).append("schoolClass", event.schoolClass()));
    }

    @EventHandler
    public void on(AuthorisationsSet event, @SequenceNumber long sequence) {
        changeChild(event.familyId(), event.childId(), sequence, child -> child.put("authorisations",
                DocumentMapper.toDocument(event.answers())));
    }

    @EventHandler
    public void on(AuthorisedPersonAdded event, @SequenceNumber long sequence) {
        changeChild(event.familyId(), event.childId(), sequence, child -> upsertElement(
                list(child, "authorisedPersons"), "personId", DocumentMapper.toDocument(
                        new FamilyDossier.AuthorisedPerson(event.personId(), event.name(), event.relation(),
                                event.phone()))));
    }

    @EventHandler
    public void on(AuthorisedPersonRemoved event, @SequenceNumber long sequence) {
        changeChild(event.familyId(), event.childId(), sequence, child -> list(child, "authorisedPersons")
                .removeIf(person -> event.personId().equals(person.getString("personId"))));
    }

    @EventHandler
    public void on(MedicalDossierRecorded event, @SequenceNumber long sequence) {
        changeChild(event.familyId(), event.childId(), sequence, child -> child.put("medical",
                DocumentMapper.toDocument(new FamilyDossier.SealedMedicalDossier(event.keyId(), event.doctor(),
                        event.allergies(), event.pai(), event.diet(), event.vaccinations(), event.notes()))));
    }

    @ResetHandler
    public void reset() {
        dossiers.drop();
    }

    @Override
    public List<PerBatch<?>> heldWrites() {
        return List.of(dossiers.heldWrites());
    }

    @QueryHandler
    public Optional<FamilyDossier> handle(FindFamilyDossier query) {
        return dossiers.find(query.familyId())
                .map(document -> DocumentMapper.fromDocument(document, FamilyDossier.class));
    }

    private void change(String familyId, long sequence, Consumer<Document> change) {
        dossiers.change(familyId, sequence, () -> emptyDossier(familyId), change);
    }

    private void changeChild(String familyId, String childId, long sequence, Consumer<Document> change) {
        change(familyId, sequence, dossier -> element(list(dossier, CHILDREN), "childId", childId)
                .ifPresent(change));
    }

    private static Document emptyDossier(String familyId) {
        return DocumentMapper.toDocument(new FamilyDossier(familyId, null, List.of(), null, null, null, List.of(),
                false, false, List.of(), List.of()));
    }

    private static String consentField(ConsentKind consent) {
        return consent == ConsentKind.PERSONAL_DATA ? "personalDataConsent" : "medicalDataConsent";
    }
}
