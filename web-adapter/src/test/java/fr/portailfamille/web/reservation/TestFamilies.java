package fr.portailfamille.web.reservation;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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
import fr.portailfamille.api.family.FamilyId;
import fr.portailfamille.api.family.FindChild;
import fr.portailfamille.api.family.ResponsibleAdult;
import fr.portailfamille.api.family.Sex;

/**
 * Families of the reservation tests, created by commands like staff would (the shared demo family is left alone):
 * a parent account, children, and validated enrolments.
 */
public final class TestFamilies {
    public static final String PASSWORD = "Famille-Test-2026!";

    /**
     * Test parents skip the slow adaptive hash, so that each of their requests does not pay for it; the portal's
     * delegating password encoder reads the {@code {noop}} prefix. Real accounts are hashed with bcrypt.
     */
    private static final String FAST_TEST_HASH = "{noop}" + PASSWORD;

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;

    public TestFamilies(CommandGateway commandGateway, QueryGateway queryGateway) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
    }

    /** A family whose parent signs in with {@code email} / {@link #PASSWORD}. */
    public record TestFamily(String familyId, String email, List<String> childIds) {
        public String child() {
            return childIds.get(0);
        }
    }

    /** A new family with a parent account and {@code children} children, each enrolled in the periods given. */
    public TestFamily create(int children, String... periodIds) {
        String familyId = FamilyId.newId().value();
        String email = "parent-" + UUID.randomUUID() + "@example.org";
        commandGateway.sendAndWait(new CreateFamily(familyId,
                new ResponsibleAdult("Mme", "Test", "Famille", email, "0600000000"), 850));
        commandGateway.sendAndWait(new RegisterAccount(AccountId.forEmail(email).value(), email, Role.PARENT,
                familyId, FAST_TEST_HASH));
        List<String> childIds = new ArrayList<>();
        for (int i = 0; i < children; i++) {
            String childId = ChildId.newId().value();
            commandGateway.sendAndWait(new AddChild(familyId, childId, "Enfant" + i, "Famille",
                    LocalDate.of(2018, 1, 1), Sex.F));
            enrol(childId, familyId, periodIds);
            childIds.add(childId);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> childIds.stream().allMatch(this::known)
                && queryGateway.query(new FindAccountByEmail(email),
                ResponseTypes.optionalInstanceOf(AccountCredentials.class)).join().isPresent());
        return new TestFamily(familyId, email, List.copyOf(childIds));
    }

    public void enrol(String childId, String familyId, String... periodIds) {
        for (String periodId : periodIds) {
            String enrolmentId = EnrolmentId.of(childId, periodId).value();
            commandGateway.sendAndWait(new RequestEnrolment(enrolmentId, childId, familyId, periodId));
            commandGateway.sendAndWait(new ValidateEnrolment(enrolmentId));
        }
    }

    private boolean known(String childId) {
        return queryGateway.query(new FindChild(childId), ResponseTypes.optionalInstanceOf(ChildSummary.class))
                .join().isPresent();
    }
}
