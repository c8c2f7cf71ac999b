package fr.portailfamille.web.billing;

import java.awt.Color;
import java.io.ByteArrayOutputStream;

import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import fr.portailfamille.api.billing.BilledLine;
import fr.portailfamille.api.billing.InvoiceView;
import fr.portailfamille.web.pages.Formats;

/** An issued invoice as a printable A4 PDF: who, which month, a line per billed day, credits and what is due. */
@Component
public class InvoicePdf {
    private static final Font TITLE = font(16, Font.BOLD);
    private static final Font TEXT = font(10, Font.NORMAL);
    private static final Font STRONG = font(10, Font.BOLD);
    private static final Font SMALL = font(8, Font.NORMAL);
    private static final Color HEADER_BACKGROUND = new Color(0xE9, 0xEE, 0xF4);

    private final BillingWording wording;
    private final Formats formats;

    public InvoicePdf(BillingWording wording, Formats formats) {
        this.wording = wording;
        this.formats = formats;
    }

    public byte[] render(InvoiceView invoice) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle("Facture " + invoice.number());
        document.open();
        document.add(new Paragraph("Service enfance — Le Portail de la Famille", SMALL));
        document.add(new Paragraph("Facture n° " + invoice.number(), TITLE));
        document.add(new Paragraph("Période : " + wording.month(invoice.month()), TEXT));
        document.add(new Paragraph("Émise le " + wording.date(invoice.issuedAt()), TEXT));
        document.add(new Paragraph("Famille : " + invoice.familyName(), STRONG));
        document.add(new Paragraph(" ", TEXT));
        document.add(lines(invoice));
        document.add(new Paragraph(" ", TEXT));
        document.add(totals(invoice));
        document.add(new Paragraph(" ", TEXT));
        document.add(new Paragraph("Toutes les réservations sont facturées sauf en cas de maladie sur présentation "
                + "de justificatifs. Une erreur ? Le service enfance la corrige par un avoir déduit de votre "
                + "prochaine facture.", SMALL));
        document.close();
        return out.toByteArray();
    }

    private PdfPTable lines(InvoiceView invoice) {
        PdfPTable table = new PdfPTable(new float[] {2.2f, 2.2f, 2.6f, 2.6f, 2.6f, 1f, 1.6f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String heading : new String[] {"Date", "Enfant", "Activité", "Unité", "Motif", "QF", "Montant"}) {
            PdfPCell cell = new PdfPCell(new Phrase(heading, STRONG));
            cell.setBackgroundColor(HEADER_BACKGROUND);
            table.addCell(cell);
        }
        for (BilledLine billed : invoice.lines()) {
            table.addCell(new Phrase(wording.day(billed.line().date()), TEXT));
            table.addCell(new Phrase(billed.childName(), TEXT));
            table.addCell(new Phrase(billed.activityLabel(), TEXT));
            table.addCell(new Phrase(billed.unitLabel(), TEXT));
            table.addCell(new Phrase(wording.reason(billed.line().reason()), TEXT));
            table.addCell(new Phrase(billed.line().bracket().name(), TEXT));
            table.addCell(amount(billed.line().amount(), TEXT));
        }
        return table;
    }

    private PdfPTable totals(InvoiceView invoice) {
        PdfPTable table = new PdfPTable(new float[] {8f, 2f});
        table.setWidthPercentage(60);
        table.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(new Phrase("Total des prestations", TEXT));
        table.addCell(amount(invoice.total(), TEXT));
        for (InvoiceView.AppliedCredit credit : invoice.credits()) {
            table.addCell(new Phrase("Avoir n° " + credit.creditNoteNumber() + " déduit", TEXT));
            table.addCell(amount(-credit.amount(), TEXT));
        }
        table.addCell(new Phrase("Net à payer", STRONG));
        table.addCell(amount(invoice.amountDue(), STRONG));
        return table;
    }

    private PdfPCell amount(int cents, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase((cents < 0 ? "- " : "") + formats.euros(Math.abs(cents)), font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    /** Helvetica in the Windows-1252 encoding: French accents and the euro sign without embedding a font. */
    private static Font font(float size, int style) {
        return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, size, style);
    }
}
