package fr.portailfamille.api.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import fr.portailfamille.api.Role;

/**
 * Opens an account with a password already hashed by the web layer. {@code familyId} is set for parents only.
 */
public record RegisterAccount(@TargetAggregateIdentifier String accountId, String email, Role role, String familyId,
                              String passwordHash) {
}
