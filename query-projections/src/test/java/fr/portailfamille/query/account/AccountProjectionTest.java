package fr.portailfamille.query.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.portailfamille.api.Role;
import fr.portailfamille.api.account.AccountActivated;
import fr.portailfamille.api.account.AccountClosed;
import fr.portailfamille.api.account.AccountCredentials;
import fr.portailfamille.api.account.AccountStatus;
import fr.portailfamille.api.account.ActivationTokenIssued;
import fr.portailfamille.api.account.FindAccountByEmail;
import fr.portailfamille.api.account.FindAccountStatus;
import fr.portailfamille.api.account.FindPendingActivation;
import fr.portailfamille.api.account.ParentAccountOpened;
import fr.portailfamille.api.account.PendingActivation;
import fr.portailfamille.query.support.EmbeddedMongo;

class AccountProjectionTest {
    private static final String ACCOUNT = "account:claire@exemple.fr";
    private static final String EMAIL = "claire@exemple.fr";
    private static final String TOKEN = "a".repeat(64);
    private static final String NEW_TOKEN = "b".repeat(64);
    private static final Instant EXPIRES = Instant.parse("2026-12-08T07:00:00Z");
    private static final Instant NEW_EXPIRY = Instant.parse("2026-12-10T07:00:00Z");

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final AccountProjection projection = new AccountProjection(mongo.database());

    @AfterEach
    void close() {
        mongo.close();
    }

    private AccountStatus status() {
        return projection.handle(new FindAccountStatus(EMAIL)).orElseThrow();
    }

    @Test
    void givenAnOpenedAccount_whenAskingItsLink_thenPendingAndNotYetAbleToSignIn() {
        projection.on(new ParentAccountOpened(ACCOUNT, EMAIL, "family-dupont", TOKEN, EXPIRES));

        assertThat(projection.handle(new FindPendingActivation(TOKEN)))
                .contains(new PendingActivation(ACCOUNT, EMAIL, "family-dupont", EXPIRES));
        assertThat(status()).isEqualTo(new AccountStatus(ACCOUNT, EMAIL, false, EXPIRES));
        assertThat(projection.handle(new FindAccountByEmail(EMAIL)).orElseThrow().passwordHash()).isNull();
    }

    @Test
    void givenANewLink_whenAskingTheOldOne_thenOnlyTheNewOneIsPending() {
        projection.on(new ParentAccountOpened(ACCOUNT, EMAIL, "family-dupont", TOKEN, EXPIRES));
        projection.on(new ActivationTokenIssued(ACCOUNT, NEW_TOKEN, NEW_EXPIRY));

        assertThat(projection.handle(new FindPendingActivation(TOKEN))).isEmpty();
        assertThat(projection.handle(new FindPendingActivation(NEW_TOKEN)))
                .contains(new PendingActivation(ACCOUNT, EMAIL, "family-dupont", NEW_EXPIRY));
        assertThat(status().activationExpiresAt()).isEqualTo(NEW_EXPIRY);
    }

    @Test
    void givenAnActivation_whenSigningIn_thenTheCredentialsHoldTheHashAndTheLinkIsGone() {
        projection.on(new ParentAccountOpened(ACCOUNT, EMAIL, "family-dupont", TOKEN, EXPIRES));
        projection.on(new AccountActivated(ACCOUNT, EMAIL, "{bcrypt}hash"));

        assertThat(projection.handle(new FindAccountByEmail(" Claire@Exemple.fr"))).contains(
                new AccountCredentials(ACCOUNT, EMAIL, Role.PARENT, "family-dupont", "{bcrypt}hash"));
        assertThat(projection.handle(new FindPendingActivation(TOKEN))).isEmpty();
        assertThat(status()).isEqualTo(new AccountStatus(ACCOUNT, EMAIL, true, null));
    }

    @Test
    void givenAClosedAccount_whenSigningIn_thenUnknown() {
        projection.on(new ParentAccountOpened(ACCOUNT, EMAIL, "family-dupont", TOKEN, EXPIRES));
        projection.on(new AccountClosed(ACCOUNT, EMAIL));

        assertThat(projection.handle(new FindAccountByEmail(EMAIL))).isEmpty();
        assertThat(projection.handle(new FindPendingActivation(TOKEN))).isEmpty();
        assertThat(projection.handle(new FindAccountStatus(EMAIL))).isEmpty();
    }
}
