package fr.portailfamille.query.account;

import static com.mongodb.client.model.Filters.eq;

import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;

import fr.portailfamille.api.account.AccountCredentials;
import fr.portailfamille.api.account.AccountId;
import fr.portailfamille.api.account.AccountRegistered;
import fr.portailfamille.api.account.FindAccountByEmail;
import fr.portailfamille.query.support.DocumentMapper;

/** Login credentials keyed by normalized email, the only key the login knows. */
@ProcessingGroup(AccountProjection.PROCESSING_GROUP)
public class AccountProjection {
    public static final String PROCESSING_GROUP = "accounts";

    private final MongoCollection<Document> accounts;

    public AccountProjection(MongoDatabase database) {
        this.accounts = database.getCollection("accounts");
    }

    @EventHandler
    public void on(AccountRegistered event) {
        AccountCredentials credentials = new AccountCredentials(event.accountId(), event.email(), event.role(),
                event.familyId(), event.passwordHash());
        accounts.replaceOne(eq("_id", event.email()), DocumentMapper.toDocument(credentials)
                .append("_id", event.email()), new ReplaceOptions().upsert(true));
    }

    @ResetHandler
    public void reset() {
        accounts.drop();
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
