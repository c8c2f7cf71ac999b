package fr.portailfamille.api.billing;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * An invoice was issued to a family for a month ({@code YYYY-MM}), numbered without gaps per year
 * ({@code 2026-000001}). Its lines are part of the history: replaying the events rebuilds every invoice. The
 * cells of its lines are BILLED from now on.
 */
@Revision("1")
public record InvoiceIssued(String invoiceId, String number, String familyId, String month, List<InvoiceLine> lines,
                            int total, Instant issuedAt) implements BillingEvent {
    public InvoiceIssued {
        lines = List.copyOf(lines);
    }
}
