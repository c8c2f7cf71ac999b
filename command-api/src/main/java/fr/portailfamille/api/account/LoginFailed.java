package fr.portailfamille.api.account;

import java.time.Instant;

import org.axonframework.serialization.Revision;

@Revision("1")
public record LoginFailed(String accountId, LoginChannel channel, LoginDecision reason, Instant at) implements AccountEvent {
}
