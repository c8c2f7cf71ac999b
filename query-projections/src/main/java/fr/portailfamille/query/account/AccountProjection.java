package fr.portailfamille.query.account;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;

import fr.portailfamille.api.Role;
import fr.portailfamille.api.account.AccountActivated;
import fr.portailfamille.api.account.AccountClosed;
import fr.portailfamille.api.account.AccountCredentials;
import fr.portailfamille.api.account.AccountId;
import fr.portailfamille.api.account.AccountRegistered;
import fr.portailfamille.api.account.AccountStatus;
import fr.portailfamille.api.account.ActivationTokenIssued;
import fr.portailfamille.api.account.FindAccountByEmail;
import fr.portailfamille.api.account.FindAccountStatus;
import fr.portailfamille.api.account.FindPendingActivation;
import fr.portailfamille.api.account.ParentAccountOpened;
import fr.portailfamille.api.account.PendingActivation;
import fr.portailfamille.query.support.DocumentMapper;

/**
 * Login credentials keyed by normalized email, the only key the login knows, and the pending activation links keyed
 * by the hash of their token, the only key the link knows.
 */
@ProcessingGroup(AccountProjection.PROCESSING_GROUP)
public class AccountProjection {
    public static final String PROCESSING_GROUP = "accounts";

    private static final String ACTIVATION_EXPIRES_AT = "activationExpiresAt";

    private final MongoCollection<Document> accounts;
    private final MongoCollection<Document> pendingActivations;

    public AccountProjection(MongoDatabase database) {
        this.accounts = database.getCollection("accounts");
        this.pendingActivations = database.getCollection("account_pending_activations");
    }

    @EventHandler
    public void on(AccountRegistered event) {
        AccountCredentials credentials = new AccountCredentials(event.accountId(), event.email(), event.role(),
                event.familyId(), event.passwordHash());
        accounts.replaceOne(eq("_id", event.email()), DocumentMapper.toDocument(credentials)
                .append("_id", event.email()), new ReplaceOptions().upsert(true));
    }

    @EventHandler
    public void on(ParentAccountOpened event) {
        AccountCredentials credentials = new AccountCredentials(event.accountId(), event.email(), Role.PARENT,
                event.familyId(), null);
        accounts.replaceOne(eq("_id", event.email()), DocumentMapper.toDocument(credentials)
                .append("_id", event.email())
                .append(ACTIVATION_EXPIRES_AT, event.activationExpiresAt().toString()),
                new ReplaceOptions().upsert(true));
        pend(event.activationTokenHash(), new PendingActivation(event.accountId(), event.email(),
                event.familyId(), event.activationExpiresAt()));
    }

    @EventHandler
    public void on(ActivationTokenIssued event) {
        String email = new AccountId(event.accountId()).email();
        Document account = accounts.findOneAndUpdate(eq("_id", email), Updates.set(ACTIVATION_EXPIRES_AT,
                event.activationExpiresAt().toString()));
        pend(event.activationTokenHash(), new PendingActivation(event.accountId(), email,
                account == null ? null : account.getString("familyId"), event.activationExpiresAt()));
    }

    @EventHandler
    public void on(AccountActivated event) {
        accounts.updateOne(eq("_id", event.email()), Updates.combine(
                Updates.set("passwordHash", event.passwordHash()), Updates.unset(ACTIVATION_EXPIRES_AT)));
        pendingActivations.deleteMany(eq("accountId", event.accountId()));
    }

    @EventHandler
    public void on(AccountClosed event) {
        accounts.deleteOne(eq("_id", event.email()));
        pendingActivations.deleteMany(eq("accountId", event.accountId()));
    }

    @ResetHandler
    public void reset() {
        accounts.drop();
        pendingActivations.drop();
    }

    @QueryHandler
    public Optional<PendingActivation> handle(FindPendingActivation query) {
        Document pending = pendingActivations.find(eq("_id", query.activationTokenHash())).first();
        return Optional.ofNullable(pending).map(found -> DocumentMapper.fromDocument(found, PendingActivation.class));
    }

    @QueryHandler
    public Optional<AccountStatus> handle(FindAccountStatus query) {
        if (!AccountId.isValidEmail(query.email())) {
            return Optional.empty();
        }
        Document account = accounts.find(eq("_id", AccountId.normalizeEmail(query.email()))).first();
        return Optional.ofNullable(account).map(found -> new AccountStatus(found.getString("accountId"),
                found.getString("email"), found.getString("passwordHash") != null,
                found.getString(ACTIVATION_EXPIRES_AT) == null ? null
                        : Instant.parse(found.getString(ACTIVATION_EXPIRES_AT))));
    }

    /**
     * An account has one working link: the previous one, if any, is forgotten (a scan, but of the few links that
     * are pending at any time).
     */
    private void pend(String tokenHash, PendingActivation pending) {
        pendingActivations.deleteMany(eq("accountId", pending.accountId()));
        pendingActivations.replaceOne(eq("_id", tokenHash), DocumentMapper.toDocument(pending)
                .append("_id", tokenHash), new ReplaceOptions().upsert(true));
    }

    @QueryHandler
    public Optional<AccountCredentials> handle(FindAccountByEmail query) {
        if (!AccountId.isValidEmail(query.email())) {
            return Optional.empty();
        }
        Document document = accounts.find(eq("_id", AccountId.normalizeEmail(query.email()))).first();
        return Optional.ofNullable(document).map(found -> DocumentMapper.fromDocument(found, AccountCredentials.class));
    }
}
