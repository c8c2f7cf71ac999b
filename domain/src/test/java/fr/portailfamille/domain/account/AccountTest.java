package fr.portailfamille.domain.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.CustomMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.portailfamille.api.Role;
import fr.portailfamille.api.RuleViolation;
import fr.portailfamille.api.account.AccountActivated;
import fr.portailfamille.api.account.AccountClosed;
import fr.portailfamille.api.account.AccountLocked;
import fr.portailfamille.api.account.AccountRegistered;
import fr.portailfamille.api.account.ActivateAccount;
import fr.portailfamille.api.account.ActivationTokenIssued;
import fr.portailfamille.api.account.CloseAccount;
import fr.portailfamille.api.account.IssueActivationToken;
import fr.portailfamille.api.account.LoginChannel;
import fr.portailfamille.api.account.LoginDecision;
import fr.portailfamille.api.account.LoginFailed;
import fr.portailfamille.api.account.LoginSucceeded;
import fr.portailfamille.api.account.OpenParentAccount;
import fr.portailfamille.api.account.ParentAccountOpened;
import fr.portailfamille.api.account.RecordLoginAttempt;
import fr.portailfamille.api.account.RegisterAccount;

class AccountTest {
    private static final String AGENT = "account:agent@demo.test";
    private static final String PARENT = "account:claire@exemple.fr";
    private static final String FAMILY = "family-dupont";
    private static final String TOKEN_HASH = "a".repeat(64);
    private static final String OTHER_TOKEN_HASH = "b".repeat(64);
    private static final Instant NOW = Instant.parse("2026-12-01T07:00:00Z");
    private static final Instant IN_SEVEN_DAYS = NOW.plus(Duration.ofDays(7));
    private static final ParentAccountOpened OPENED = new ParentAccountOpened(PARENT, "claire@exemple.fr", FAMILY,
            TOKEN_HASH, IN_SEVEN_DAYS);
    private static final AccountActivated ACTIVATED = new AccountActivated(PARENT, "claire@exemple.fr",
            "{bcrypt}hash");
    private AggregateTestFixture<Account> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Account.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneId.of("Europe/Paris")));
    }

    private static void expectViolation(ResultValidator<Account> result, String code) {
        result.expectException(new CustomMatcher<>("a RuleViolation with code " + code) {
            @Override
            public boolean matches(Object item) {
                return item instanceof RuleViolation violation && violation.code().equals(code);
            }
        }).expectNoEvents();
    }

    private static LoginFailed failedAt(Instant at) {
        return new LoginFailed(PARENT, LoginChannel.API, LoginDecision.BAD_PASSWORD, at);
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

    @Test
    void givenNothing_whenOpeningAParentAccount_thenOpenedWithALinkValidSevenDays() {
        fixture.givenNoPriorActivity()
                .when(new OpenParentAccount(PARENT, "Claire@Exemple.fr", FAMILY, TOKEN_HASH))
                .expectEvents(OPENED);
    }

    @Test
    void givenAnOpenAccount_whenAnotherFamilyOpensOneWithTheSameEmail_thenEmailTaken() {
        expectViolation(fixture.given(OPENED)
                .when(new OpenParentAccount(PARENT, "claire@exemple.fr", "family-other", OTHER_TOKEN_HASH)),
                "EMAIL_TAKEN");
    }

    @Test
    void givenAClosedAccount_whenOpenedAgain_thenParentAccountOpened() {
        fixture.given(OPENED, ACTIVATED, new AccountClosed(PARENT, "claire@exemple.fr"))
                .when(new OpenParentAccount(PARENT, "claire@exemple.fr", "family-other", OTHER_TOKEN_HASH))
                .expectEvents(new ParentAccountOpened(PARENT, "claire@exemple.fr", "family-other", OTHER_TOKEN_HASH,
                        IN_SEVEN_DAYS));
    }

    @Test
    void givenNothing_whenTheTokenHashIsNotASha256_thenRefusedAsMalformed() {
        fixture.givenNoPriorActivity()
                .when(new OpenParentAccount(PARENT, "claire@exemple.fr", FAMILY, "le-jeton-en-clair"))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenAPendingAccount_whenStaffIssueANewLink_thenActivationTokenIssued() {
        fixture.given(OPENED)
                .when(new IssueActivationToken(PARENT, OTHER_TOKEN_HASH))
                .expectEvents(new ActivationTokenIssued(PARENT, OTHER_TOKEN_HASH, IN_SEVEN_DAYS));
    }

    @Test
    void givenAnActiveAccount_whenStaffIssueANewLink_thenAlreadyActive() {
        expectViolation(fixture.given(OPENED, ACTIVATED)
                .when(new IssueActivationToken(PARENT, OTHER_TOKEN_HASH)), "ACCOUNT_ALREADY_ACTIVE");
    }

    @Test
    void givenAPendingAccount_whenActivatedWithItsToken_thenAccountActivated() {
        fixture.given(OPENED)
                .when(new ActivateAccount(PARENT, TOKEN_HASH, "{bcrypt}hash"))
                .expectEvents(ACTIVATED);
    }

    @Test
    void givenAnActivatedAccount_whenTheTokenIsUsedAgain_thenTokenInvalid() {
        expectViolation(fixture.given(OPENED, ACTIVATED)
                .when(new ActivateAccount(PARENT, TOKEN_HASH, "{bcrypt}other")), "TOKEN_INVALID");
    }

    @Test
    void givenAnExpiredLink_whenActivating_thenTokenInvalid() {
        expectViolation(fixture.given(new ParentAccountOpened(PARENT, "claire@exemple.fr", FAMILY, TOKEN_HASH,
                        NOW.minusSeconds(1)))
                .when(new ActivateAccount(PARENT, TOKEN_HASH, "{bcrypt}hash")), "TOKEN_INVALID");
    }

    @Test
    void givenANewLink_whenTheReplacedTokenIsUsed_thenTokenInvalid() {
        expectViolation(fixture.given(OPENED, new ActivationTokenIssued(PARENT, OTHER_TOKEN_HASH, IN_SEVEN_DAYS))
                .when(new ActivateAccount(PARENT, TOKEN_HASH, "{bcrypt}hash")), "TOKEN_INVALID");
    }

    @Test
    void givenAPendingAccount_whenThePasswordHashIsMissing_thenRefusedAsMalformed() {
        fixture.given(OPENED)
                .when(new ActivateAccount(PARENT, TOKEN_HASH, ""))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenAnActiveAccount_whenAFormLoginSucceeds_thenLoginSucceededAndAllowed() {
        fixture.given(OPENED, ACTIVATED)
                .when(new RecordLoginAttempt(PARENT, true, LoginChannel.FORM))
                .expectEvents(new LoginSucceeded(PARENT, LoginChannel.FORM, NOW))
                .expectResultMessagePayload(LoginDecision.ALLOWED);
    }

    @Test
    void givenAnActiveAccountWithoutFailures_whenAnApiCallAuthenticates_thenAllowedWithoutRecording() {
        fixture.given(OPENED, ACTIVATED)
                .when(new RecordLoginAttempt(PARENT, true, LoginChannel.API))
                .expectNoEvents()
                .expectResultMessagePayload(LoginDecision.ALLOWED);
    }

    @Test
    void givenAFailure_whenAnApiCallAuthenticates_thenTheSuccessIsRecorded() {
        fixture.given(OPENED, ACTIVATED, failedAt(NOW.minusSeconds(60)))
                .when(new RecordLoginAttempt(PARENT, true, LoginChannel.API))
                .expectEvents(new LoginSucceeded(PARENT, LoginChannel.API, NOW))
                .expectResultMessagePayload(LoginDecision.ALLOWED);
    }

    @Test
    void givenAnActiveAccount_whenThePasswordIsWrong_thenLoginFailed() {
        fixture.given(OPENED, ACTIVATED)
                .when(new RecordLoginAttempt(PARENT, false, LoginChannel.API))
                .expectEvents(failedAt(NOW))
                .expectResultMessagePayload(LoginDecision.BAD_PASSWORD);
    }

    @Test
    void givenFourFailuresInFifteenMinutes_whenTheFifthFails_thenTheAccountIsLockedFifteenMinutes() {
        fixture.given(OPENED, ACTIVATED, failedAt(NOW.minusSeconds(840)), failedAt(NOW.minusSeconds(600)),
                        failedAt(NOW.minusSeconds(300)), failedAt(NOW.minusSeconds(10)))
                .when(new RecordLoginAttempt(PARENT, false, LoginChannel.FORM))
                .expectEvents(new LoginFailed(PARENT, LoginChannel.FORM, LoginDecision.BAD_PASSWORD, NOW),
                        new AccountLocked(PARENT, NOW.plus(Duration.ofMinutes(15))))
                .expectResultMessagePayload(LoginDecision.LOCKED);
    }

    @Test
    void givenFourFailuresMoreThanFifteenMinutesAgo_whenAnotherFails_thenNotLocked() {
        Instant longAgo = NOW.minus(Duration.ofMinutes(16));
        fixture.given(OPENED, ACTIVATED, failedAt(longAgo), failedAt(longAgo), failedAt(longAgo),
                        failedAt(longAgo))
                .when(new RecordLoginAttempt(PARENT, false, LoginChannel.API))
                .expectEvents(failedAt(NOW))
                .expectResultMessagePayload(LoginDecision.BAD_PASSWORD);
    }

    @Test
    void givenALockedAccount_whenTheRightPasswordIsGiven_thenRefusedAsLocked() {
        fixture.given(OPENED, ACTIVATED, new AccountLocked(PARENT, NOW.plusSeconds(60)))
                .when(new RecordLoginAttempt(PARENT, true, LoginChannel.FORM))
                .expectEvents(new LoginFailed(PARENT, LoginChannel.FORM, LoginDecision.LOCKED, NOW))
                .expectResultMessagePayload(LoginDecision.LOCKED);
    }

    @Test
    void givenALockThatEnded_whenTheRightPasswordIsGiven_thenAllowed() {
        fixture.given(OPENED, ACTIVATED, new AccountLocked(PARENT, NOW.minusSeconds(1)))
                .when(new RecordLoginAttempt(PARENT, true, LoginChannel.FORM))
                .expectEvents(new LoginSucceeded(PARENT, LoginChannel.FORM, NOW))
                .expectResultMessagePayload(LoginDecision.ALLOWED);
    }

    @Test
    void givenAPendingAccount_whenALoginIsRecorded_thenRefusedAsMalformed() {
        fixture.given(OPENED)
                .when(new RecordLoginAttempt(PARENT, true, LoginChannel.FORM))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenAnAccount_whenClosed_thenAccountClosed() {
        fixture.given(OPENED, ACTIVATED)
                .when(new CloseAccount(PARENT))
                .expectEvents(new AccountClosed(PARENT, "claire@exemple.fr"));
    }

    @Test
    void givenAClosedAccount_whenClosedAgain_thenNothingChanges() {
        fixture.given(OPENED, new AccountClosed(PARENT, "claire@exemple.fr"))
                .when(new CloseAccount(PARENT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
