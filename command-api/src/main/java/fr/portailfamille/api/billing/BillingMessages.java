package fr.portailfamille.api.billing;

/** Identifier of the commune's one billing aggregate, which numbers every invoice and credit note. */
public final class BillingMessages {
    public static final String BILLING_ID = "billing";

    private BillingMessages() {
    }
}
