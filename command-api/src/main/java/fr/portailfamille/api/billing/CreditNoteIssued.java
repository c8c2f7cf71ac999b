package fr.portailfamille.api.billing;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * Staff corrected an issued invoice with a credit note (avoir) of {@code amount} cents, numbered without gaps per
 * year ({@code AV-2026-000001}); it is deducted from the family's next invoices.
 */
@Revision("1")
public record CreditNoteIssued(String creditNoteId, String number, String familyId, String invoiceId, int amount,
                               String reason, Instant issuedAt) implements BillingEvent {
}
