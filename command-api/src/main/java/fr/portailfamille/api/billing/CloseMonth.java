package fr.portailfamille.api.billing;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Staff close a month and issue its invoices: one draft per family, as the preview showed them. The billing
 * aggregate numbers them, checks them against the catalogue's tariffs and records them.
 */
public record CloseMonth(@TargetAggregateIdentifier String billingId, String month, List<InvoiceDraft> invoices) {
    public CloseMonth {
        invoices = invoices == null ? List.of() : List.copyOf(invoices);
    }
}
