package fr.portailfamille.domain.family;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardMatchingInstances;

import fr.portailfamille.api.AuditMetadata;
import fr.portailfamille.api.Role;
import fr.portailfamille.api.RuleViolation;
import fr.portailfamille.api.account.AccountId;
import fr.portailfamille.api.family.AddChild;
import fr.portailfamille.api.family.ChangeLoginEmail;
import fr.portailfamille.api.family.ChildAdded;
import fr.portailfamille.api.family.ChildId;
import fr.portailfamille.api.family.ConfirmDossierReviewed;
import fr.portailfamille.api.family.ConsentGiven;
import fr.portailfamille.api.family.ConsentKind;
import fr.portailfamille.api.family.ConsentWithdrawn;
import fr.portailfamille.api.family.CreateFamily;
import fr.portailfamille.api.family.DossierReviewed;
import fr.portailfamille.api.family.DossierYear;
import fr.portailfamille.api.family.FamilyCreated;
import fr.portailfamille.api.family.FamilyId;
import fr.portailfamille.api.family.LoginEmailChanged;
import fr.portailfamille.api.family.MedicalDossier;
import fr.portailfamille.api.family.QuotientFamilialSet;
import fr.portailfamille.api.family.RecordConsents;
import fr.portailfamille.api.family.RecordMedicalDossier;
import fr.portailfamille.api.family.SetQuotientFamilial;

/**
 * A family dossier (foyer): login email, GDPR consents, quotient familial, yearly review and children. Contact
 * details live in {@link FamilyContacts}, each child's dossier in a {@link FamilyChild}.
 */
public class Family {
    @AggregateIdentifier
    private String familyId;
    private String loginEmail;
    private final Set<ConsentKind> consents = EnumSet.noneOf(ConsentKind.class);
    private QuotientFamilialSet lastQuotient;
    private final Set<String> reviewedYears = new HashSet<>();
    @AggregateMember
    private final FamilyContacts contacts = new FamilyContacts();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<String, FamilyChild> children = new LinkedHashMap<>();

    protected Family() {
    }

    @CommandHandler
    public Family(CreateFamily command) {
        new FamilyId(command.familyId());
        FamilyRules.requireWellFormed(command.parent1());
        if (command.quotient() != null && command.quotient() < 0) {
            throw new IllegalArgumentException("Le quotient familial ne peut pas être négatif.");
        }
        apply(new FamilyCreated(command.familyId(), command.parent1(), command.quotient()));
    }

    @CommandHandler
    public void handle(AddChild command) {
        new ChildId(command.childId());
        FamilyRules.requireWellFormed(command);
        ChildAdded child = new ChildAdded(familyId, command.childId(), command.firstName().trim(),
                command.lastName().trim(), command.birthDate(), command.sex());
        FamilyChild known = children.get(command.childId());
        if (known != null && child.equals(known.added())) {
            return;
        }
        if (known != null) {
            throw new RuleViolation("CHILD_EXISTS", "Cet enfant est déjà enregistré.");
        }
        apply(child);
    }

    /** The quotient familial comes from an attestation that only staff see. */
    @CommandHandler
    public void handle(SetQuotientFamilial command, @MetaDataValue(AuditMetadata.ROLE) String role) {
        requireStaff(role);
        FamilyRules.requireWellFormed(command);
        QuotientFamilialSet set = new QuotientFamilialSet(familyId, command.quotient(), command.validFrom(),
                command.validUntil());
        if (!set.equals(lastQuotient)) {
            apply(set);
        }
    }

    /** Answers the previous login email when it changed, so that its account can be closed; null otherwise. */
    @CommandHandler
    public String handle(ChangeLoginEmail command, @MetaDataValue(AuditMetadata.ROLE) String role) {
        requireStaff(role);
        String email = AccountId.normalizeEmail(command.email());
        if (email.equals(loginEmail)) {
            return null;
        }
        String previous = loginEmail;
        apply(new LoginEmailChanged(familyId, previous, email));
        return previous;
    }

    /** Withdrawing the medical consent destroys the family key first: no moment where both hold. */
    @CommandHandler
    public void handle(RecordConsents command, FamilyKeyStore keys) {
        answer(ConsentKind.PERSONAL_DATA, command.personalData());
        if (!command.medicalData() && consents.contains(ConsentKind.MEDICAL_DATA)) {
            keys.destroyKeys(familyId);
        }
        answer(ConsentKind.MEDICAL_DATA, command.medicalData());
    }

    @CommandHandler
    public void handle(ConfirmDossierReviewed command, Clock clock) {
        DossierYear year = DossierYear.of(LocalDate.now(clock));
        if (!reviewedYears.contains(year.value())) {
            apply(new DossierReviewed(familyId, year.value()));
        }
    }

    @CommandHandler
    public void handle(RecordMedicalDossier command, FamilyKeyStore keys) {
        FamilyChild child = children.get(command.childId());
        if (child == null) {
            throw new RuleViolation("UNKNOWN_CHILD", "Cet enfant n'appartient pas à cette famille.");
        }
        if (!consents.contains(ConsentKind.MEDICAL_DATA)) {
            throw new RuleViolation("MEDICAL_CONSENT_REQUIRED",
                    "Sans votre autorisation de saisie des données médicales, aucune donnée médicale n'est "
                            + "enregistrée.");
        }
        MedicalDossier dossier = FamilyRules.medicalDossier(command.dossier());
        if (!child.medicalDossier(keys).map(dossier::equals).orElse(false)) {
            apply(MedicalSeal.seal(familyId, command.childId(), dossier, keys.currentKey(familyId)));
        }
    }

    private void answer(ConsentKind consent, boolean given) {
        if (given && !consents.contains(consent)) {
            apply(new ConsentGiven(familyId, consent));
        } else if (!given && consents.contains(consent)) {
            apply(new ConsentWithdrawn(familyId, consent));
        }
    }

    private static void requireStaff(String role) {
        if (!Role.STAFF.name().equals(role)) {
            throw new RuleViolation("STAFF_ONLY", "Seul le service enfance peut faire cette modification.");
        }
    }

    @EventSourcingHandler
    void on(FamilyCreated event) {
        familyId = event.familyId();
        loginEmail = AccountId.normalizeEmail(event.parent1().email());
    }

    @EventSourcingHandler
    void on(ChildAdded event) {
        children.put(event.childId(), new FamilyChild(event));
    }

    @EventSourcingHandler
    void on(QuotientFamilialSet event) {
        lastQuotient = event;
    }

    @EventSourcingHandler
    void on(LoginEmailChanged event) {
        loginEmail = event.email();
    }

    @EventSourcingHandler
    void on(ConsentGiven event) {
        consents.add(event.consent());
    }

    @EventSourcingHandler
    void on(ConsentWithdrawn event) {
        consents.remove(event.consent());
    }

    @EventSourcingHandler
    void on(DossierReviewed event) {
        reviewedYears.add(event.schoolYear());
    }
}
