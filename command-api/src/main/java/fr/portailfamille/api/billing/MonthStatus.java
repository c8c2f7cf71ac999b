package fr.portailfamille.api.billing;

/** A month's state in the billing read model: closed or not, and if closed its invoices and their total. */
public record MonthStatus(String month, boolean closed, int invoices, int total) {
}
