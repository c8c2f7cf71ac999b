package fr.portailfamille.web.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import fr.portailfamille.api.billing.BilledLine;
import fr.portailfamille.api.billing.InvoiceLine;
import fr.portailfamille.api.billing.InvoiceView;
import fr.portailfamille.api.billing.LinePricing;
import fr.portailfamille.api.billing.LineReason;
import fr.portailfamille.api.billing.MonthSummary;
import fr.portailfamille.api.catalogue.QuotientBracket;
import fr.portailfamille.web.pages.Formats;

class BillingDocumentsTest {
    private static final BillingWording WORDING = new BillingWording(new LinePricing(50));
    private static final InvoiceView INVOICE = new InvoiceView("invoice:2026-11:family-a", "2026-000042", "family-a",
            "Mme Anne Dupont", "2026-11", List.of(
            new BilledLine(new InvoiceLine("child-a", "RS", "RS_REPAS", LocalDate.of(2026, 11, 2), 280,
                    LineReason.RESERVED, QuotientBracket.B), "Jules Dupont", "Restaurant scolaire", "Repas"),
            new BilledLine(new InvoiceLine("child-a", "RS", "RS_REPAS", LocalDate.of(2026, 11, 3), 420,
                    LineReason.UNBOOKED_PRESENCE, QuotientBracket.B), "=HYPERLINK(\"x\")", "Restaurant scolaire",
                    "Repas")),
            700, List.of(new InvoiceView.AppliedCredit("credit-note-1", "AV-2026-000001", 150)), 550,
            Instant.parse("2026-12-01T07:00:00Z"));

    @Test
    void givenAnInvoice_whenRenderedAsPdf_thenItReadsNumberMonthLinesCreditAndAmountDueInFrench() throws Exception {
        byte[] pdf = new InvoicePdf(WORDING, new Formats()).render(INVOICE);

        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(text).contains("Facture n° 2026-000042", "novembre 2026", "Émise le 01/12/2026",
                "Mme Anne Dupont", "Jules Dupont", "Présence sans", "4,20 €", "Avoir n° AV-2026-000001 déduit",
                "- 1,50 €", "Net à payer5,50 €");
    }

    @Test
    void givenInvoices_whenExportedAsCsv_thenSemicolonsDecimalCommasBomAndNoFormula() {
        String csv = BillingCsv.invoiceLines(List.of(INVOICE), WORDING);

        assertThat(csv).startsWith("\uFEFFFacture;Mois;Famille;Enfant;");
        List<String> rows = csv.lines().toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).isEqualTo("2026-000042;2026-11;Mme Anne Dupont;Jules Dupont;Restaurant scolaire;"
                + "Repas;2026-11-02;Réservation;B;2,80");
        assertThat(rows.get(2)).contains(";\"'=HYPERLINK(\"\"x\"\")\";").endsWith(";4,20");
    }

    @Test
    void givenAMonthSummary_whenExportedAsCsv_thenOneRowPerBracketAndATotal() {
        MonthSummary summary = new MonthSummary("2026-11", true, 1, 700, List.of(new MonthSummary.ActivityTotal("RS",
                "Restaurant scolaire", 2, 700, List.of(new MonthSummary.UnitTotal("RS_REPAS", "Repas", 2, 700,
                List.of(new MonthSummary.BracketTotal(QuotientBracket.B, 2, 700)))))));

        assertThat(BillingCsv.summary(summary).lines().toList()).containsExactly(
                "\uFEFFMois;Activité;Unité;Tranche QF;Jours facturés;Montant (€)",
                "2026-11;Restaurant scolaire;Repas;B;2;7,00",
                "2026-11;Total;;;;7,00");
    }

    @Test
    void givenAmountsTypedByAnAgent_whenParsed_thenCentsOrARefusal() {
        assertThat(EuroAmount.parseCents("2,80")).isEqualTo(280);
        assertThat(EuroAmount.parseCents("2.8")).isEqualTo(280);
        assertThat(EuroAmount.parseCents(" 12 € ")).isEqualTo(1200);
        assertThatThrownBy(() -> EuroAmount.parseCents("-3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EuroAmount.parseCents("deux")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EuroAmount.parseCents("2,805")).isInstanceOf(IllegalArgumentException.class);
    }
}
