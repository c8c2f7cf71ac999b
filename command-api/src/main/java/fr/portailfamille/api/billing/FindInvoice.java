package fr.portailfamille.api.billing;

/** One invoice by id; answers an optional {@link InvoiceView}. */
public record FindInvoice(String invoiceId) {
}
