package fr.portailfamille.api.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The parent sets a password (hashed by the web layer) with the activation token of the link. */
public record ActivateAccount(@TargetAggregateIdentifier String accountId, String activationTokenHash,
                              String passwordHash) {
}
