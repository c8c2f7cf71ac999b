package fr.portailfamille.api.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A login with the right password or not; answers the {@link LoginDecision} to apply. */
public record RecordLoginAttempt(@TargetAggregateIdentifier String accountId, boolean passwordMatches,
                                 LoginChannel channel) {
}
