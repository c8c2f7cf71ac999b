package fr.portailfamille.api.billing;

import fr.portailfamille.api.family.FamilyId;

/** One invoice per family and month: the id is derived from both, so a family is never invoiced twice a month. */
public record InvoiceId(String value) {
    private static final String PREFIX = "invoice:";

    public InvoiceId {
        if (value == null || !value.startsWith(PREFIX) || value.length() > 120) {
            throw new IllegalArgumentException("an invoice id starts with " + PREFIX);
        }
    }

    public static InvoiceId of(String month, String familyId) {
        new FamilyId(familyId);
        return new InvoiceId(PREFIX + new BillingMonth(month).value() + ":" + familyId);
    }

    public static boolean isValid(String value) {
        return value != null && value.startsWith(PREFIX) && value.length() <= 120;
    }

    @Override
    public String toString() {
        return value;
    }
}
