package fr.portailfamille.web.demo;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import fr.portailfamille.api.Role;
import fr.portailfamille.api.account.AccountId;
import fr.portailfamille.api.account.RegisterAccount;
import fr.portailfamille.api.enrolment.EnrolmentId;
import fr.portailfamille.api.enrolment.RequestEnrolment;
import fr.portailfamille.api.enrolment.ValidateEnrolment;
import fr.portailfamille.api.family.AddAuthorisedPerson;
import fr.portailfamille.api.family.AddChild;
import fr.portailfamille.api.family.AllocataireRegime;
import fr.portailfamille.api.family.Authorisation;
import fr.portailfamille.api.family.ChangeAddress;
import fr.portailfamille.api.family.ChangeAllocataire;
import fr.portailfamille.api.family.CreateFamily;
import fr.portailfamille.api.family.MedicalDossier;
import fr.portailfamille.api.family.ParentRank;
import fr.portailfamille.api.family.RecordConsents;
import fr.portailfamille.api.family.RecordMedicalDossier;
import fr.portailfamille.api.family.ResponsibleAdult;
import fr.portailfamille.api.family.SetAuthorisations;
import fr.portailfamille.api.family.SetQuotientFamilial;
import fr.portailfamille.api.family.Sex;
import fr.portailfamille.api.family.UpdateChild;
import fr.portailfamille.api.family.UpdateResponsibleAdult;
import fr.portailfamille.domain.catalogue.CatalogueLookup;
import fr.portailfamille.domain.catalogue.DemoCommune;
import fr.portailfamille.web.config.DemoDataCondition;

/**
 * Loads the demo commune of the domain guide on first start, by sending commands like any user would. Every step
 * is idempotent, so a restart adds nothing.
 */
@Component
@DemoDataCondition
public class DemoDataLoader implements DemoLoader {
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
    public static final String DEMO_FAMILY_ID = "family-demo-martin";
    public static final String LEA = "child-demo-lea";
    public static final String HUGO = "child-demo-hugo";
    private static final int MARTIN_QUOTIENT = 850;

    record DemoEnrolment(String childId, String periodId) {
    }

    static final List<DemoEnrolment> ENROLMENTS = List.of(
            new DemoEnrolment(LEA, "APS-2026-2027"),
            new DemoEnrolment(LEA, "RS-2026-2027"),
            new DemoEnrolment(LEA, "MERC-2026-2027"),
            new DemoEnrolment(HUGO, "RS-2026-2027"));

    record DemoAccount(String email, String password, Role role, String familyId) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("agent@demo.test", "Agent-Demo-2026!", Role.STAFF, null),
            new DemoAccount("audit@demo.test", "Audit-Demo-2026!", Role.AUDITOR, null),
            new DemoAccount("parent@demo.test", "Parent-Demo-2026!", Role.PARENT, DEMO_FAMILY_ID));

    private final CommandGateway commandGateway;
    private final EventStore eventStore;
    private final PasswordEncoder passwordEncoder;
    private final CatalogueLookup catalogueLookup;

    public DemoDataLoader(CommandGateway commandGateway, @Qualifier("eventStore") EventStore eventStore,
                          PasswordEncoder passwordEncoder, CatalogueLookup catalogueLookup) {
        this.commandGateway = commandGateway;
        this.eventStore = eventStore;
        this.passwordEncoder = passwordEncoder;
        this.catalogueLookup = catalogueLookup;
    }

    @Override
    public void load() {
        DemoCommune.commandsToLoad(catalogueLookup.catalogue(), catalogueLookup.calendar())
                .forEach(commandGateway::sendAndWait);
        for (DemoAccount account : ACCOUNTS) {
            String accountId = AccountId.forEmail(account.email()).value();
            if (isNew(accountId)) {
                commandGateway.sendAndWait(new RegisterAccount(accountId, account.email(), account.role(),
                        account.familyId(), passwordEncoder.encode(account.password())));
            }
        }
        loadMartinFamily();
        LOG.info("Demo commune ready: catalogue, calendar, {} demo accounts and the Martin family",
                ACCOUNTS.size());
    }

    private void loadMartinFamily() {
        if (isNew(DEMO_FAMILY_ID)) {
            commandGateway.sendAndWait(new CreateFamily(DEMO_FAMILY_ID,
                    new ResponsibleAdult("Mme", "Claire", "Martin", "parent@demo.test", "0601020304"),
                    MARTIN_QUOTIENT));
        }
        commandGateway.sendAndWait(new AddChild(DEMO_FAMILY_ID, LEA, "Léa", "Martin", LocalDate.of(2017, 5, 3),
                Sex.F));
        commandGateway.sendAndWait(new AddChild(DEMO_FAMILY_ID, HUGO, "Hugo", "Martin", LocalDate.of(2020, 1, 21),
                Sex.M));
        martinDossier().forEach(commandGateway::sendAndWait);
        for (DemoEnrolment enrolment : ENROLMENTS) {
            String enrolmentId = EnrolmentId.of(enrolment.childId(), enrolment.periodId()).value();
            if (isNew(enrolmentId)) {
                commandGateway.sendAndWait(new RequestEnrolment(enrolmentId, enrolment.childId(), DEMO_FAMILY_ID,
                        enrolment.periodId()));
            }
            commandGateway.sendAndWait(new ValidateEnrolment(enrolmentId));
        }
    }

    /**
     * The Martin family's full dossier, so that the demo parent finds it complete and is not stopped by the consent
     * page: every command changes nothing once applied.
     */
    static List<Object> martinDossier() {
        Map<Authorisation, Boolean> answers = new EnumMap<>(Authorisation.class);
        for (Authorisation authorisation : Authorisation.values()) {
            answers.put(authorisation, authorisation != Authorisation.SCHOOL_TRANSPORT
                    && authorisation != Authorisation.MULTISPORT);
        }
        return List.of(
                new ChangeAddress(DEMO_FAMILY_ID, "2 rue du Clos Martin", "44530", "Dreffeac"),
                new UpdateResponsibleAdult(DEMO_FAMILY_ID, ParentRank.PARENT_1, "Mme", "Claire", "Martin",
                        "parent@demo.test", "02 40 66 00 01", "0601020304", "02 40 88 00 02"),
                new UpdateResponsibleAdult(DEMO_FAMILY_ID, ParentRank.PARENT_2, "M.", "Thomas", "Martin", null, null,
                        "06 05 04 03 02", "02 40 88 00 03"),
                new ChangeAllocataire(DEMO_FAMILY_ID, "Claire Martin", AllocataireRegime.CAF, "1234567"),
                new SetQuotientFamilial(DEMO_FAMILY_ID, MARTIN_QUOTIENT, LocalDate.of(2026, 9, 1),
                        LocalDate.of(2027, 8, 31)),
                new RecordConsents(DEMO_FAMILY_ID, true, true),
                new UpdateChild(DEMO_FAMILY_ID, LEA, "Léa", "Martin", LocalDate.of(2017, 5, 3), Sex.F,
                        "École publique de Dreffeac", "CM1"),
                new UpdateChild(DEMO_FAMILY_ID, HUGO, "Hugo", "Martin", LocalDate.of(2020, 1, 21), Sex.M,
                        "École publique de Dreffeac", "CP"),
                new SetAuthorisations(DEMO_FAMILY_ID, LEA, answers),
                new SetAuthorisations(DEMO_FAMILY_ID, HUGO, answers),
                new AddAuthorisedPerson(DEMO_FAMILY_ID, LEA, "person-demo-jeanne", "Jeanne Martin", "Grand-mère",
                        "06 11 22 33 44"),
                new AddAuthorisedPerson(DEMO_FAMILY_ID, HUGO, "person-demo-jeanne", "Jeanne Martin", "Grand-mère",
                        "06 11 22 33 44"),
                new RecordMedicalDossier(DEMO_FAMILY_ID, LEA, new MedicalDossier("Dr Morel, Pontchâteau",
                        "Arachide", "PAI alimentaire (arachide)", "", "À jour", "Trousse PAI dans le cartable")),
                new RecordMedicalDossier(DEMO_FAMILY_ID, HUGO, new MedicalDossier("Dr Morel, Pontchâteau", "Aucune",
                        "", "", "À jour", "")));
    }

    private boolean isNew(String aggregateId) {
        return eventStore.lastSequenceNumberFor(aggregateId).isEmpty();
    }
}
