package fr.portailfamille.web;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

import fr.portailfamille.api.Role;
import fr.portailfamille.api.account.AccountCredentials;
import fr.portailfamille.api.account.AccountId;
import fr.portailfamille.api.account.FindAccountByEmail;
import fr.portailfamille.api.account.RegisterAccount;
import fr.portailfamille.api.enrolment.EnrolmentId;
import fr.portailfamille.api.enrolment.RequestEnrolment;
import fr.portailfamille.api.enrolment.ValidateEnrolment;
import fr.portailfamille.api.family.AddChild;
import fr.portailfamille.api.family.ChildId;
import fr.portailfamille.api.family.ChildSummary;
import fr.portailfamille.api.family.CreateFamily;
import fr.portailfamille.api.family.FamilyDossier;
import fr.portailfamille.api.family.FamilyId;
import fr.portailfamille.api.family.FindChild;
import fr.portailfamille.api.family.FindFamilyDossier;
import fr.portailfamille.api.family.RecordConsents;
import fr.portailfamille.api.family.ResponsibleAdult;
import fr.portailfamille.api.family.Sex;

/**
 * Families of the tests' own, created by commands as staff would, so that the demo Martin family stays as other
 * tests expect it: a parent account who gave the RGPD consents, children, and validated enrolments. The tests of
 * the sign-up flow itself go through the API instead ({@code family.ApiTestFamilies}).
 */
public final class TestFamilies {
    public static final String PASSWORD = "Famille-Test-2026!";
    /**
     * Test parents skip the slow adaptive hash, so that each of their requests does not pay for it; the portal's
     * delegating password encoder reads the {@code {noop}} prefix. Real accounts are hashed with bcrypt.
     */
    private static final String FAST_TEST_HASH = "{noop}" + PASSWORD;

    private final CommandGateway commands;
    private final QueryGateway queries;

    public TestFamilies(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** A family whose parent signs in with {@code email} / {@link #PASSWORD}. */
    public record TestFamily(String familyId, String email, List<String> childIds, String childName) {
        /** The first child. */
        public String childId() {
            return childIds.get(0);
        }
    }

    /** A family « Famille » with QF 850 and {@code children} children, each enrolled in the periods given. */
    public TestFamily create(int children, String... periodIds) {
        return create("Famille", 850, IntStream.range(0, children).mapToObj(i -> "Enfant" + i).toList(), periodIds);
    }

    /** A family named {@code lastName} with this quotient, one child per first name, enrolled in the periods. */
    public TestFamily create(String lastName, Integer quotient, List<String> childFirstNames, String... periodIds) {
        String familyId = FamilyId.newId().value();
        String email = "parent-" + UUID.randomUUID() + "@example.org";
        commands.sendAndWait(new CreateFamily(familyId,
                new ResponsibleAdult("Mme", "Camille", lastName, email, "0600000000"), quotient));
        commands.sendAndWait(new RegisterAccount(AccountId.forEmail(email).value(), email, Role.PARENT, familyId,
                FAST_TEST_HASH));
        commands.sendAndWait(new RecordConsents(familyId, true, true));
        List<String> childIds = new ArrayList<>();
        for (String firstName : childFirstNames) {
            String childId = ChildId.newId().value();
            commands.sendAndWait(new AddChild(familyId, childId, firstName, lastName, LocalDate.of(2018, 1, 1),
                    Sex.F));
            enrol(childId, familyId, periodIds);
            childIds.add(childId);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> childIds.stream().allMatch(this::known)
                && hasConsented(familyId) && queries.query(new FindAccountByEmail(email),
                ResponseTypes.optionalInstanceOf(AccountCredentials.class)).join().isPresent());
        return new TestFamily(familyId, email, List.copyOf(childIds), childFirstNames.get(0) + " " + lastName);
    }

    public void enrol(String childId, String familyId, String... periodIds) {
        for (String periodId : periodIds) {
            String enrolmentId = EnrolmentId.of(childId, periodId).value();
            commands.sendAndWait(new RequestEnrolment(enrolmentId, childId, familyId, periodId));
            commands.sendAndWait(new ValidateEnrolment(enrolmentId));
        }
    }

    private boolean known(String childId) {
        return queries.query(new FindChild(childId), ResponseTypes.optionalInstanceOf(ChildSummary.class))
                .join().isPresent();
    }

    private boolean hasConsented(String familyId) {
        return queries.query(new FindFamilyDossier(familyId), ResponseTypes.optionalInstanceOf(FamilyDossier.class))
                .join().map(FamilyDossier::personalDataConsent).orElse(false);
    }
}
