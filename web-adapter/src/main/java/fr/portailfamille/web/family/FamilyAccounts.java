package fr.portailfamille.web.family;

import java.util.Optional;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import fr.portailfamille.api.RuleViolation;
import fr.portailfamille.api.account.AccountId;
import fr.portailfamille.api.account.ActivateAccount;
import fr.portailfamille.api.account.CloseAccount;
import fr.portailfamille.api.account.FindPendingActivation;
import fr.portailfamille.api.account.IssueActivationToken;
import fr.portailfamille.api.account.OpenParentAccount;
import fr.portailfamille.api.account.PendingActivation;
import fr.portailfamille.api.family.ChangeLoginEmail;
import fr.portailfamille.api.family.CreateFamily;
import fr.portailfamille.api.family.FamilyId;
import fr.portailfamille.api.family.ResponsibleAdult;
import fr.portailfamille.query.account.AccountProjection;
import fr.portailfamille.query.family.FamilyDirectoryProjection;
import fr.portailfamille.query.family.FamilyDossierProjection;

/**
 * What spans a family and its parent account. The email is claimed first, by opening the account whose id is
 * derived from it: when it is taken nothing else happens, so a refusal changes nothing.
 */
@Service
public class FamilyAccounts {
    private static final Logger LOG = LoggerFactory.getLogger(FamilyAccounts.class);

    /** A new family and the activation token of its link, to be given once and never stored. */
    public record NewFamily(String familyId, String activationToken) {
    }

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final PasswordEncoder passwordEncoder;
    private final ReadModels readModels;
    private final FamilyDossiers dossiers;

    public FamilyAccounts(CommandGateway commandGateway, QueryGateway queryGateway, PasswordEncoder passwordEncoder,
                          ReadModels readModels, FamilyDossiers dossiers) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.passwordEncoder = passwordEncoder;
        this.readModels = readModels;
        this.dossiers = dossiers;
    }

    public NewFamily createFamily(ResponsibleAdult parent1, Integer quotient) {
        String familyId = FamilyId.newId().value();
        String token = ActivationTokens.newToken();
        commandGateway.sendAndWait(new OpenParentAccount(AccountId.forEmail(parent1.email()).value(),
                parent1.email(), familyId, ActivationTokens.hash(token)));
        commandGateway.sendAndWait(new CreateFamily(familyId, parent1, quotient));
        readModels.awaitCaughtUp(AccountProjection.PROCESSING_GROUP, FamilyDossierProjection.PROCESSING_GROUP,
                FamilyDirectoryProjection.PROCESSING_GROUP);
        return new NewFamily(familyId, token);
    }

    /**
     * Moves the login to a new email: a new account, waiting for activation through the link whose token this
     * answers, then the dossier, then the old account closes. Null when the email is already the login.
     */
    public String changeLoginEmail(String familyId, String email) {
        if (AccountId.normalizeEmail(email).equals(dossiers.dossier(familyId).loginEmail())) {
            return null;
        }
        String token = ActivationTokens.newToken();
        commandGateway.sendAndWait(new OpenParentAccount(AccountId.forEmail(email).value(), email, familyId,
                ActivationTokens.hash(token)));
        String previous = commandGateway.sendAndWait(new ChangeLoginEmail(familyId, email));
        if (previous != null) {
            commandGateway.sendAndWait(new CloseAccount(AccountId.forEmail(previous).value()));
        }
        readModels.awaitCaughtUp(AccountProjection.PROCESSING_GROUP, FamilyDossierProjection.PROCESSING_GROUP,
                FamilyDirectoryProjection.PROCESSING_GROUP);
        return token;
    }

    /** A new activation link for the family's login account, which must not be active yet. */
    public String issueActivationLink(String familyId) {
        String token = ActivationTokens.newToken();
        commandGateway.sendAndWait(new IssueActivationToken(AccountId.forEmail(dossiers.dossier(familyId).loginEmail())
                .value(), ActivationTokens.hash(token)));
        readModels.awaitCaughtUp(AccountProjection.PROCESSING_GROUP);
        return token;
    }

    /** The account a link opens, if the link is still pending. */
    public Optional<PendingActivation> pendingActivation(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return queryGateway.query(new FindPendingActivation(ActivationTokens.hash(token)),
                ResponseTypes.optionalInstanceOf(PendingActivation.class)).join();
    }

    public void activate(String token, String password) {
        PasswordPolicy.check(password);
        PendingActivation pending = pendingActivation(token).orElseThrow(() -> new RuleViolation("TOKEN_INVALID",
                "Ce lien d'activation a déjà servi ou a expiré : demandez-en un nouveau au service enfance."));
        commandGateway.sendAndWait(new ActivateAccount(pending.accountId(), ActivationTokens.hash(token),
                passwordEncoder.encode(password)));
        readModels.awaitCaughtUp(AccountProjection.PROCESSING_GROUP);
        LOG.info("Account {} activated", pending.accountId());
    }

}
