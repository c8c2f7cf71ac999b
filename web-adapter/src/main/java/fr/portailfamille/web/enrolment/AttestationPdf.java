package fr.portailfamille.web.enrolment;

import static fr.portailfamille.web.documents.Pdfs.font;
import static fr.portailfamille.web.documents.Pdfs.paragraph;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;

import fr.portailfamille.api.enrolment.EnrolmentSummary;
import fr.portailfamille.api.family.ChildSummary;
import fr.portailfamille.api.family.Sex;
import fr.portailfamille.web.documents.Pdfs;

/** The attestation d'inscription families hand to an employer or the CAF, for a validated enrolment. */
final class AttestationPdf {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);

    private AttestationPdf() {
    }

    static byte[] render(EnrolmentSummary enrolment, ChildSummary child, LocalDate issuedOn) {
        boolean girl = child.sex() == Sex.F;
        Font body = font(12, Font.NORMAL);
        return Pdfs.write("Attestation d'inscription", document -> {
            document.add(paragraph(enrolment.serviceLabel(), font(10, Font.NORMAL)));
            document.add(paragraph("Service enfance", font(10, Font.NORMAL)));
            document.add(Pdfs.title("ATTESTATION D'INSCRIPTION"));
            document.add(paragraph("Le service enfance atteste que l'enfant", body));
            Paragraph name = paragraph(child.fullName() + (girl ? ", née le " : ", né le ")
                    + DATE.format(child.birthDate()) + ",", font(12, Font.BOLD));
            name.setSpacingBefore(8);
            name.setSpacingAfter(8);
            document.add(name);
            document.add(paragraph((girl ? "est inscrite" : "est inscrit") + " à l'activité « "
                    + enrolment.activityLabel() + " » pour la période « " + enrolment.periodLabel() + " », du "
                    + DATE.format(enrolment.periodFrom()) + " au " + DATE.format(enrolment.periodTo()) + ".", body));
            if (enrolment.decidedAt() != null) {
                document.add(paragraph("Inscription validée le " + DATE.format(enrolment.decidedAt().atZone(PARIS))
                        + ".", body));
            }
            Paragraph issued = paragraph("Attestation délivrée le " + DATE.format(issuedOn)
                    + ", pour servir et valoir ce que de droit.", body);
            issued.setSpacingBefore(30);
            document.add(issued);
            document.add(paragraph("Référence : " + enrolment.enrolmentId(), font(9, Font.NORMAL)));
        });
    }
}
