package fr.portailfamille.api.billing;

import java.util.List;

/**
 * What closing a month would issue, family by family. {@code awaitingDecision} counts the cells still waiting for
 * staff (requests, waitlist, cancellation requests): they are not billed.
 */
public record MonthPreview(String month, boolean closed, List<InvoicePreview> invoices, int total,
                           int awaitingDecision) {
    public MonthPreview {
        invoices = List.copyOf(invoices);
    }
}
