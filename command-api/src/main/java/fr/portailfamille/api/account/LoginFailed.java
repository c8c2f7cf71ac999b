package fr.portailfamille.api.account;

import java.time.Instant;

import org.axonframework.serialization.Revision;

@Revision("1")
/** {@code reason}: BAD_PASSWORD, or LOCKED when the account was locked whatever the password. */
public record LoginFailed(String accountId, LoginChannel channel, LoginDecision reason, Instant at)
        implements AccountEvent {
}
