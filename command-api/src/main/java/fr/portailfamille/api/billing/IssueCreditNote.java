package fr.portailfamille.api.billing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff correct an issued invoice of a family by {@code amount} cents, for a reason the family will read. */
public record IssueCreditNote(@TargetAggregateIdentifier String billingId, String creditNoteId, String familyId,
                              String invoiceId, int amount, String reason) {
}
