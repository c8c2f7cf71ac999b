package fr.portailfamille.api.billing;

import java.time.Instant;

/** A credit note as the family reads it; {@code remaining} is what later invoices have not deducted yet. */
public record CreditNoteView(String creditNoteId, String number, String familyId, String invoiceId,
                             String invoiceNumber, int amount, String reason, Instant issuedAt, int remaining) {
}
