package fr.portailfamille.web.documents;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

/** The PDFs the portal writes (attestations, the demo's forms): A4, in French, built with OpenPDF. */
public final class Pdfs {
    private Pdfs() {
    }

    /** An A4 document titled {@code title}, whose pages {@code content} fills. */
    public static byte[] write(String title, Consumer<Document> content) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 60, 60, 60, 60);
        PdfWriter.getInstance(document, pdf);
        document.addTitle(title);
        document.addCreator("Portail Famille");
        document.open();
        content.accept(document);
        document.close();
        return pdf.toByteArray();
    }

    /** Helvetica in Windows-1252, which holds every French letter and the « » quotes. */
    public static Font font(float size, int style) {
        return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style);
    }

    public static Paragraph paragraph(String text, Font font) {
        return new Paragraph(text, font);
    }

    /** A centred title with room around it. */
    public static Paragraph title(String text) {
        Paragraph title = paragraph(text, font(16, Font.BOLD));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(20);
        title.setSpacingAfter(20);
        return title;
    }
}
