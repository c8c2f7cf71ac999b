package fr.portailfamille.api.billing;

import java.time.Instant;
import java.util.List;

/**
 * An issued invoice as families and staff read it: its lines ({@code total} is their sum), the credit notes deducted
 * from it and what is left to pay.
 */
public record InvoiceView(String invoiceId, String number, String familyId, String familyName, String month,
                          List<BilledLine> lines, int total, List<AppliedCredit> credits, int amountDue,
                          Instant issuedAt) {
    public InvoiceView {
        lines = List.copyOf(lines);
        credits = List.copyOf(credits);
    }

    /** A credit note deducted from this invoice. */
    public record AppliedCredit(String creditNoteId, String creditNoteNumber, int amount) {
    }
}
