package fr.portailfamille.web.security;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import fr.portailfamille.api.account.AccountCredentials;
import fr.portailfamille.api.account.FindAccountByEmail;

/** Finds accounts in the accounts read model, through the query gateway like every other read. */
@Service
public class AccountUserDetailsService implements UserDetailsService {
    private final QueryGateway queryGateway;

    public AccountUserDetailsService(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        AccountCredentials account = queryGateway.query(new FindAccountByEmail(email),
                        ResponseTypes.optionalInstanceOf(AccountCredentials.class)).join()
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        return new PortailUser(account.accountId(), account.email(), account.role(), account.familyId(),
                account.passwordHash());
    }
}
