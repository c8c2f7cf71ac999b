package fr.portailfamille.domain.account;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.portailfamille.api.Role;
import fr.portailfamille.api.account.AccountRegistered;
import fr.portailfamille.api.account.RegisterAccount;

class AccountTest {
    private static final String AGENT = "account:agent@demo.test";
    private AggregateTestFixture<Account> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Account.class);
    }

    @Test
    void givenNothing_whenRegisteringStaff_thenAccountRegisteredWithNormalizedEmail() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAccount(AGENT, " Agent@Demo.test ", Role.STAFF, null, "{bcrypt}hash"))
                .expectEvents(new AccountRegistered(AGENT, "agent@demo.test", Role.STAFF, null, "{bcrypt}hash"));
    }

    @Test
    void givenNothing_whenRegisteringAParentOfAFamily_thenAccountRegistered() {
        String parent = "account:parent@demo.test";
        fixture.givenNoPriorActivity()
                .when(new RegisterAccount(parent, "parent@demo.test", Role.PARENT, "family-1", "{bcrypt}hash"))
                .expectEvents(new AccountRegistered(parent, "parent@demo.test", Role.PARENT, "family-1",
                        "{bcrypt}hash"));
    }

    @Test
    void givenNothing_whenTheIdIsNotDerivedFromTheEmail_thenRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAccount("account:someone@else.test", "agent@demo.test", Role.STAFF, null, "h"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void givenNothing_whenAParentHasNoFamily_thenRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAccount("account:p@demo.test", "p@demo.test", Role.PARENT, null, "h"))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenNothing_whenStaffBelongsToAFamily_thenRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAccount(AGENT, "agent@demo.test", Role.STAFF, "family-1", "h"))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenNothing_whenThePasswordHashIsMissing_thenRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAccount(AGENT, "agent@demo.test", Role.STAFF, null, " "))
                .expectException(IllegalArgumentException.class);
    }
}
