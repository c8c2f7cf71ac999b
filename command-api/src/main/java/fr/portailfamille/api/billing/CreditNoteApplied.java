package fr.portailfamille.api.billing;

import org.axonframework.serialization.Revision;

/** {@code amount} cents of a credit note were deducted from a later invoice of the same family. */
@Revision("1")
public record CreditNoteApplied(String creditNoteId, String invoiceId, String familyId, int amount)
        implements BillingEvent {
}
