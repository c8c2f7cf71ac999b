package fr.portailfamille.api.account;

import java.time.Instant;

/** Whether an account signs in yet, for staff; {@code activationExpiresAt} is set while activation is pending. */
public record AccountStatus(String accountId, String email, boolean activated, Instant activationExpiresAt) {
}
