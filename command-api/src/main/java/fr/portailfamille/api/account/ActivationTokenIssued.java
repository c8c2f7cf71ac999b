package fr.portailfamille.api.account;

import java.time.Instant;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ActivationTokenIssued(String accountId, String activationTokenHash, Instant activationExpiresAt)
        implements AccountEvent {
}
