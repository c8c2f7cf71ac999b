package fr.portailfamille.domain.account;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import fr.portailfamille.api.Role;
import fr.portailfamille.api.RuleViolation;
import fr.portailfamille.api.account.AccountActivated;
import fr.portailfamille.api.account.AccountClosed;
import fr.portailfamille.api.account.AccountId;
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
import fr.portailfamille.api.family.FamilyId;

/**
 * A login account. Its id comes from the email, so one email has one account by construction: opening a second
 * account for an email lands on this one and is refused.
 */
public class Account {
    @AggregateIdentifier
    private String accountId;
    private String email;
    private boolean activated;
    private boolean closed;
    private String activationTokenHash;
    private Instant activationExpiresAt;
    private final LoginLockout lockout = new LoginLockout();

    protected Account() {
    }

    @CommandHandler
    public Account(RegisterAccount command) {
        requireDerivedId(command.accountId(), command.email());
        if (command.role() == null) {
            throw new IllegalArgumentException("a role is required");
        }
        if ((command.role() == Role.PARENT) != (command.familyId() != null)) {
            throw new IllegalArgumentException("a parent account, and only a parent account, belongs to a family");
        }
        if (command.passwordHash() == null || command.passwordHash().isBlank()) {
            throw new IllegalArgumentException("a password hash is required");
        }
        apply(new AccountRegistered(command.accountId(), AccountId.normalizeEmail(command.email()), command.role(),
                command.familyId(), command.passwordHash()));
    }

    /** A closed account (its email moved elsewhere) may be opened again, for another family or the same. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(OpenParentAccount command, Clock clock) {
        requireDerivedId(command.accountId(), command.email());
        new FamilyId(command.familyId());
        ActivationLink.requireTokenHash(command.activationTokenHash());
        if (accountId != null && !closed) {
            throw new RuleViolation("EMAIL_TAKEN", "Cette adresse mail est déjà l'identifiant d'un compte du portail.");
        }
        apply(new ParentAccountOpened(command.accountId(), AccountId.normalizeEmail(command.email()),
                command.familyId(), command.activationTokenHash(), clock.instant().plus(ActivationLink.VALIDITY)));
    }

    @CommandHandler
    public void handle(IssueActivationToken command, Clock clock) {
        ActivationLink.requireTokenHash(command.activationTokenHash());
        if (closed || activated) {
            throw new RuleViolation("ACCOUNT_ALREADY_ACTIVE",
                    "Ce compte est déjà activé : le parent se connecte avec son mot de passe.");
        }
        apply(new ActivationTokenIssued(accountId, command.activationTokenHash(),
                clock.instant().plus(ActivationLink.VALIDITY)));
    }

    @CommandHandler
    public void handle(ActivateAccount command, Clock clock) {
        ActivationLink.requireTokenHash(command.activationTokenHash());
        if (command.passwordHash() == null || command.passwordHash().isBlank()) {
            throw new IllegalArgumentException("a password hash is required");
        }
        if (closed || activated || !ActivationLink.opens(activationTokenHash, activationExpiresAt,
                command.activationTokenHash(), clock.instant())) {
            throw new RuleViolation("TOKEN_INVALID",
                    "Ce lien d'activation a déjà servi ou a expiré : demandez-en un nouveau au service enfance.");
        }
        apply(new AccountActivated(accountId, email, command.passwordHash()));
    }

    /**
     * Records a login attempt and answers what to do with it. A success is recorded for every form login and for
     * the first API call after failures; other API calls, each authenticated on its own, change nothing.
     */
    @CommandHandler
    public LoginDecision handle(RecordLoginAttempt command, Clock clock) {
        if (closed || !activated) {
            throw new IllegalArgumentException("only an active account logs in");
        }
        Instant now = clock.instant();
        LoginChannel channel = command.channel();
        if (lockout.isLocked(now)) {
            apply(new LoginFailed(accountId, channel, LoginDecision.LOCKED, now));
            return LoginDecision.LOCKED;
        }
        if (!command.passwordMatches()) {
            apply(new LoginFailed(accountId, channel, LoginDecision.BAD_PASSWORD, now));
            if (lockout.callsForLock(now)) {
                apply(new AccountLocked(accountId, now.plus(LoginLockout.LOCK)));
                return LoginDecision.LOCKED;
            }
            return LoginDecision.BAD_PASSWORD;
        }
        if (channel == LoginChannel.FORM || lockout.hasFailures()) {
            apply(new LoginSucceeded(accountId, channel, now));
        }
        return LoginDecision.ALLOWED;
    }

    @CommandHandler
    public void handle(CloseAccount command) {
        if (!closed) {
            apply(new AccountClosed(accountId, email));
        }
    }

    private static void requireDerivedId(String accountId, String email) {
        if (!AccountId.forEmail(email).value().equals(accountId)) {
            throw new IllegalArgumentException("the account id must be derived from the email");
        }
    }

    @EventSourcingHandler
    void on(AccountRegistered event) {
        accountId = event.accountId();
        email = event.email();
        activated = true;
    }

    @EventSourcingHandler
    void on(ParentAccountOpened event) {
        accountId = event.accountId();
        email = event.email();
        activated = false;
        closed = false;
        activationTokenHash = event.activationTokenHash();
        activationExpiresAt = event.activationExpiresAt();
    }

    @EventSourcingHandler
    void on(ActivationTokenIssued event) {
        activationTokenHash = event.activationTokenHash();
        activationExpiresAt = event.activationExpiresAt();
    }

    @EventSourcingHandler
    void on(AccountActivated event) {
        activated = true;
        activationTokenHash = null;
    }

    @EventSourcingHandler
    void on(LoginFailed event) {
        if (event.reason() == LoginDecision.BAD_PASSWORD) {
            lockout.failed(event.at());
        }
    }

    @EventSourcingHandler
    void on(AccountLocked event) {
        lockout.locked(event.lockedUntil());
    }

    @EventSourcingHandler
    void on(LoginSucceeded event) {
        lockout.succeeded();
    }

    @EventSourcingHandler
    void on(AccountClosed event) {
        closed = true;
        activationTokenHash = null;
    }
}
