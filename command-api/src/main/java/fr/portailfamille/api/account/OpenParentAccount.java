package fr.portailfamille.api.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens Parent 1's account, waiting for activation with a single-use token of which only the hash is given. */
public record OpenParentAccount(@TargetAggregateIdentifier String accountId, String email, String familyId,
                                String activationTokenHash) {
}
