package fr.portailfamille.api.account;

import java.time.Instant;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AccountLocked(String accountId, Instant lockedUntil) implements AccountEvent {
}
