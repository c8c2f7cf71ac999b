package fr.portailfamille.web.security;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import fr.portailfamille.api.AuditMetadata;
import fr.portailfamille.api.account.AccountCredentials;
import fr.portailfamille.api.account.FindAccountByEmail;
import fr.portailfamille.api.account.LoginChannel;
import fr.portailfamille.api.account.LoginDecision;
import fr.portailfamille.api.account.RecordLoginAttempt;

/**
 * Signs people in, on the form and on the API alike: the password is checked against the accounts read model, then
 * the account itself records the attempt and decides (five failures in fifteen minutes lock it for fifteen
 * minutes). Every login and failure is logged, never with a password or a hash. The channel comes as the
 * authentication's details, set by each security chain.
 */
@Component
public class AccountAuthenticationProvider implements AuthenticationProvider {
    private static final Logger LOG = LoggerFactory.getLogger(AccountAuthenticationProvider.class);

    private final QueryGateway queryGateway;
    private final CommandGateway commandGateway;
    private final PasswordEncoder passwordEncoder;
    /** Checked against when the account is unknown, so that a failure takes as long either way. */
    private final String decoyHash;

    public AccountAuthenticationProvider(QueryGateway queryGateway, CommandGateway commandGateway,
                                         PasswordEncoder passwordEncoder) {
        this.queryGateway = queryGateway;
        this.commandGateway = commandGateway;
        this.passwordEncoder = passwordEncoder;
        this.decoyHash = passwordEncoder.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        LoginChannel channel = authentication.getDetails() instanceof LoginChannel given ? given : LoginChannel.FORM;
        String password = String.valueOf(authentication.getCredentials());
        Optional<AccountCredentials> found = queryGateway.query(new FindAccountByEmail(authentication.getName()),
                ResponseTypes.optionalInstanceOf(AccountCredentials.class)).join();
        if (found.isEmpty() || found.get().passwordHash() == null) {
            passwordEncoder.matches(password, decoyHash);
            LOG.warn("Login failed on {}: unknown or not yet activated account", channel);
            throw new BadCredentialsException("unknown account");
        }
        AccountCredentials account = found.get();
        boolean matches = passwordEncoder.matches(password, account.passwordHash());
        LoginDecision decision = commandGateway.sendAndWait(
                new RecordLoginAttempt(account.accountId(), matches, channel), asTheAccount(account));
        switch (decision) {
            case ALLOWED -> LOG.info("Login of {} on {}", account.accountId(), channel);
            case BAD_PASSWORD -> {
                LOG.warn("Login failed for {} on {}: wrong password", account.accountId(), channel);
                throw new BadCredentialsException("wrong password");
            }
            case LOCKED -> {
                LOG.warn("Login refused for {} on {}: account locked", account.accountId(), channel);
                throw new LockedException("account locked");
            }
        }
        PortailUser user = new PortailUser(account.accountId(), account.email(), account.role(),
                account.familyId(), null);
        UsernamePasswordAuthenticationToken authenticated = UsernamePasswordAuthenticationToken.authenticated(user,
                null, user.getAuthorities());
        authenticated.setDetails(channel);
        return authenticated;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Nobody is signed in yet: the login events are the account's own doing. */
    private static MetaData asTheAccount(AccountCredentials account) {
        String correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
        return MetaData.from(Map.of(AuditMetadata.USER_ID, account.accountId(), AuditMetadata.ROLE,
                account.role().name(), AuditMetadata.CORRELATION_ID,
                correlationId != null ? correlationId : UUID.randomUUID().toString()));
    }
}
