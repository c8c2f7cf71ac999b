package fr.portailfamille.api.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The login email moved to another account: this one no longer signs in. */
public record CloseAccount(@TargetAggregateIdentifier String accountId) {
}
