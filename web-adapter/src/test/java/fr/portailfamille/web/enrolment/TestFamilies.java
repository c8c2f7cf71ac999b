package fr.portailfamille.web.enrolment;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;

import fr.portailfamille.api.Role;
import fr.portailfamille.api.account.AccountId;
import fr.portailfamille.api.account.RegisterAccount;
import fr.portailfamille.api.family.AddChild;
import fr.portailfamille.api.family.ChildId;
import fr.portailfamille.api.family.CreateFamily;
import fr.portailfamille.api.family.FamilyId;
import fr.portailfamille.api.family.ResponsibleAdult;
import fr.portailfamille.api.family.Sex;

/** Families of the tests' own, with a parent account and one child, so that the demo Martin family stays as it is. */
public final class TestFamilies {
    public static final String PASSWORD = "Test-Famille-2026!";

    public record TestFamily(String familyId, String childId, String childName, String email) {
    }

    private TestFamilies() {
    }

    /** Creates the family through commands and waits until its parent can sign in and see the child. */
    public static TestFamily create(CommandGateway commands, PasswordEncoder encoder, TestRestTemplate rest,
                                    String childFirstName) {
        String familyId = FamilyId.newId().value();
        String childId = ChildId.newId().value();
        String email = "parent-" + UUID.randomUUID() + "@test.example";
        commands.sendAndWait(new CreateFamily(familyId, new ResponsibleAdult("Mme", "Anne", "Durand", email,
                "0600000000"), 900));
        commands.sendAndWait(new AddChild(familyId, childId, childFirstName, "Durand", LocalDate.of(2018, 3, 4),
                Sex.F));
        commands.sendAndWait(new RegisterAccount(AccountId.forEmail(email).value(), email, Role.PARENT, familyId,
                encoder.encode(PASSWORD)));
        await().atMost(Duration.ofSeconds(20)).until(() -> rest.withBasicAuth(email, PASSWORD)
                .getForEntity("/api/children/" + childId + "/enrolments", String.class).getStatusCode()
                == HttpStatus.OK);
        return new TestFamily(familyId, childId, childFirstName + " Durand", email);
    }
}
