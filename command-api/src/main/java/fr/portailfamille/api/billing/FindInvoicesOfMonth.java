package fr.portailfamille.api.billing;

/** Every invoice issued for a month, by number; answers a list of {@link InvoiceView}. */
public record FindInvoicesOfMonth(String month) {
}
