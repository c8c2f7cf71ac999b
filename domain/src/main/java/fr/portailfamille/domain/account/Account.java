package fr.portailfamille.domain.account;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import fr.portailfamille.api.Role;
import fr.portailfamille.api.account.AccountId;
import fr.portailfamille.api.account.AccountRegistered;
import fr.portailfamille.api.account.RegisterAccount;

/** A login account. Its id comes from the email, so one email has one account by construction. */
public class Account {
    @AggregateIdentifier
    private String accountId;
    private Role role;
    private String familyId;

    protected Account() {
    }

    @CommandHandler
    public Account(RegisterAccount command) {
        if (!AccountId.forEmail(command.email()).value().equals(command.accountId())) {
            throw new IllegalArgumentException("the account id must be derived from the email");
        }
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

    @EventSourcingHandler
    void on(AccountRegistered event) {
        this.accountId = event.accountId();
        this.role = event.role();
        this.familyId = event.familyId();
    }
}
