package fr.portailfamille.api.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff give a new activation link to an account not yet activated; the previous link stops working. */
public record IssueActivationToken(@TargetAggregateIdentifier String accountId, String activationTokenHash) {
}
