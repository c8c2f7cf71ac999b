package fr.portailfamille.api.form;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff no longer offer this form (out of date). */
public record WithdrawForm(@TargetAggregateIdentifier String libraryId, String formId) {
}
