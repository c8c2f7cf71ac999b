package fr.portailfamille.api.billing;

/** A family's invoices with their lines, newest month first; answers a list of {@link InvoiceView}. */
public record FindInvoicesOfFamily(String familyId) {
}
