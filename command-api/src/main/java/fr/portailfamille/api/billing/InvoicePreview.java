package fr.portailfamille.api.billing;

import java.util.List;

/** The invoice a family would receive if the month were closed now. */
public record InvoicePreview(String familyId, String familyName, List<BilledLine> lines, int total) {
    public InvoicePreview {
        lines = List.copyOf(lines);
    }
}
