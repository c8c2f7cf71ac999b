package fr.portailfamille.api.account;

import java.time.Instant;

/** An account waiting for its parent to set a password with the link's token. */
public record PendingActivation(String accountId, String email, String familyId, Instant expiresAt) {
}
