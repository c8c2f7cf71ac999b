package fr.portailfamille.web.enrolment;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

import fr.portailfamille.api.enrolment.EnrolmentSummary;
import fr.portailfamille.api.family.ChildSummary;
import fr.portailfamille.api.family.Sex;

/** The attestation d'inscription families hand to an employer or the CAF, for a validated enrolment. */
final class AttestationPdf {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);

    private AttestationPdf() {
    }

    static byte[] render(EnrolmentSummary enrolment, ChildSummary child, LocalDate issuedOn) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 60, 60, 70, 60);
        PdfWriter.getInstance(document, pdf);
        document.addTitle("Attestation d'inscription");
        document.addCreator("Portail Famille");
        document.open();
        document.add(paragraph(enrolment.serviceLabel(), font(10, Font.NORMAL), Element.ALIGN_LEFT));
        document.add(paragraph("Service enfance", font(10, Font.NORMAL), Element.ALIGN_LEFT));
        Paragraph title = paragraph("ATTESTATION D'INSCRIPTION", font(18, Font.BOLD), Element.ALIGN_CENTER);
        title.setSpacingBefore(40);
        title.setSpacingAfter(30);
        document.add(title);
        boolean girl = child.sex() == Sex.F;
        Font body = font(12, Font.NORMAL);
        document.add(paragraph("Le service enfance atteste que l'enfant", body, Element.ALIGN_LEFT));
        Paragraph name = paragraph(child.fullName() + (girl ? ", née le " : ", né le ")
                + DATE.format(child.birthDate()) + ",", font(12, Font.BOLD), Element.ALIGN_LEFT);
        name.setSpacingBefore(8);
        name.setSpacingAfter(8);
        document.add(name);
        document.add(paragraph((girl ? "est inscrite" : "est inscrit") + " à l'activité « "
                + enrolment.activityLabel() + " » pour la période « " + enrolment.periodLabel() + " », du "
                + DATE.format(enrolment.periodFrom()) + " au " + DATE.format(enrolment.periodTo()) + ".", body,
                Element.ALIGN_LEFT));
        if (enrolment.decidedAt() != null) {
            document.add(paragraph("Inscription validée le "
                    + DATE.format(enrolment.decidedAt().atZone(PARIS)) + ".", body,
                    Element.ALIGN_LEFT));
        }
        Paragraph issued = paragraph("Attestation délivrée le " + DATE.format(issuedOn)
                + ", pour servir et valoir ce que de droit.", body, Element.ALIGN_LEFT);
        issued.setSpacingBefore(30);
        document.add(issued);
        document.add(paragraph("Référence : " + enrolment.enrolmentId(), font(9, Font.NORMAL), Element.ALIGN_LEFT));
        document.close();
        return pdf.toByteArray();
    }

    private static Paragraph paragraph(String text, Font font, int alignment) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(alignment);
        return paragraph;
    }

    /** Helvetica in Windows-1252, which holds every French letter and the « » quotes. */
    private static Font font(float size, int style) {
        return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style);
    }
}
