package fr.portailfamille.api.account;

import java.time.Instant;

import org.axonframework.serialization.Revision;

@Revision("1")
public record LoginSucceeded(String accountId, LoginChannel channel, Instant at) implements AccountEvent {
}
