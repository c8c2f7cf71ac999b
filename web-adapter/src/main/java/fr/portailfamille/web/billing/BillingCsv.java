package fr.portailfamille.web.billing;

import java.util.List;

import fr.portailfamille.api.billing.BilledLine;
import fr.portailfamille.api.billing.InvoiceView;
import fr.portailfamille.api.billing.MonthSummary;

/**
 * Billing as CSV for a spreadsheet set to French: semicolons, decimal commas, a byte order mark so that accents
 * survive, and cells that a spreadsheet would run as formulas neutralised.
 */
public final class BillingCsv {
    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    private static final String BOM = "\uFEFF";

    private BillingCsv() {
    }

    /** One row per invoice line: what the family was billed for, and why. */
    public static String invoiceLines(List<InvoiceView> invoices, BillingWording wording) {
        StringBuilder csv = new StringBuilder(BOM);
        row(csv, "Facture", "Mois", "Famille", "Enfant", "Activité", "Unité", "Date", "Motif", "Tranche QF",
                "Montant (€)");
        for (InvoiceView invoice : invoices) {
            for (BilledLine billed : invoice.lines()) {
                row(csv, invoice.number(), invoice.month(), invoice.familyName(), billed.childName(),
                        billed.activityLabel(), billed.unitLabel(), billed.line().date().toString(),
                        wording.reason(billed.line().reason()), billed.line().bracket().name(),
                        decimal(billed.line().amount()));
            }
        }
        return csv.toString();
    }

    /** One row per activity, unit and quotient bracket: days billed and amount. */
    public static String summary(MonthSummary summary) {
        StringBuilder csv = new StringBuilder(BOM);
        row(csv, "Mois", "Activité", "Unité", "Tranche QF", "Jours facturés", "Montant (€)");
        for (MonthSummary.ActivityTotal activity : summary.activities()) {
            for (MonthSummary.UnitTotal unit : activity.units()) {
                for (MonthSummary.BracketTotal bracket : unit.brackets()) {
                    row(csv, summary.month(), activity.label(), unit.label(), bracket.bracket().name(),
                            String.valueOf(bracket.count()), decimal(bracket.amount()));
                }
            }
        }
        row(csv, summary.month(), "Total", "", "", "", decimal(summary.total()));
        return csv.toString();
    }

    /** Cents as {@code 12,80}. */
    static String decimal(int cents) {
        return (cents < 0 ? "-" : "") + Math.abs(cents) / 100 + "," + String.format("%02d", Math.abs(cents) % 100);
    }

    private static void row(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(';');
            }
            csv.append(cell(cells[i]));
        }
        csv.append("\r\n");
    }

    private static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-\\d+,\\d{2}")) {
            text = "'" + text;
        }
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
