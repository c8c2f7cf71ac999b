package fr.portailfamille.web.billing;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
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

/** Families of the billing tests, made through commands so that the demo Martin family stays as it is. */
final class BillingTestFamilies {
    static final String PASSWORD = "Famille-Test-2026!";

    record TestFamily(String familyId, String childId, String email) {
    }

    private BillingTestFamilies() {
    }

    /** A family with one child, Parent 1 named {@code lastName}, and a parent account with {@link #PASSWORD}. */
    static TestFamily create(CommandGateway commands, PasswordEncoder passwordEncoder, String lastName,
                             Integer quotient) {
        String familyId = FamilyId.newId().value();
        String childId = ChildId.newId().value();
        String email = "parent-" + UUID.randomUUID() + "@example.org";
        commands.sendAndWait(new CreateFamily(familyId, new ResponsibleAdult("Mme", "Camille", lastName, email,
                "0600000000"), quotient));
        commands.sendAndWait(new AddChild(familyId, childId, "Louis", lastName, LocalDate.of(2018, 4, 2), Sex.M));
        commands.sendAndWait(new RegisterAccount(AccountId.forEmail(email).value(), email, Role.PARENT, familyId,
                passwordEncoder.encode(PASSWORD)));
        return new TestFamily(familyId, childId, email);
    }
}
