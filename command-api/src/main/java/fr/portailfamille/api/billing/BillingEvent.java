package fr.portailfamille.api.billing;

/** What happened to the commune's billing: invoices issued when a month is closed, credit notes and their use. */
public sealed interface BillingEvent permits InvoiceIssued, MonthClosed, CreditNoteIssued, CreditNoteApplied {
}
