package fr.portailfamille.api.account;

import java.time.Instant;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ParentAccountOpened(String accountId, String email, String familyId, String activationTokenHash,
                                  Instant activationExpiresAt) implements AccountEvent {
}
