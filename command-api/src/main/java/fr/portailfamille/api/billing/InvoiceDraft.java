package fr.portailfamille.api.billing;

import java.util.List;

/** The lines a family is to be billed for in a month, before the invoice has a number. */
public record InvoiceDraft(String familyId, List<InvoiceLine> lines) {
    public InvoiceDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
