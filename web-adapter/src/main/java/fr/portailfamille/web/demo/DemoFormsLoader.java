package fr.portailfamille.web.demo;

import static fr.portailfamille.web.documents.Pdfs.font;
import static fr.portailfamille.web.documents.Pdfs.paragraph;

import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.Font;

import fr.portailfamille.api.document.FileType;
import fr.portailfamille.api.form.FormLibraryMessages;
import fr.portailfamille.api.form.PublishForm;
import fr.portailfamille.web.config.DemoDataCondition;
import fr.portailfamille.web.documents.CheckedFile;
import fr.portailfamille.web.documents.FileStorage;
import fr.portailfamille.web.documents.Pdfs;

/**
 * The demo commune offers two forms to download, as the old portal did: the fiche sanitaire de liaison and the
 * mandat de prélèvement SEPA. Loaded once: once the library has a history, what staff did with it is kept.
 */
@Component
@DemoDataCondition
public class DemoFormsLoader implements DemoLoader {
    private final CommandGateway commandGateway;
    private final EventStore eventStore;
    private final FileStorage storage;

    public DemoFormsLoader(CommandGateway commandGateway, @Qualifier("eventStore") EventStore eventStore,
                           FileStorage storage) {
        this.commandGateway = commandGateway;
        this.eventStore = eventStore;
        this.storage = storage;
    }

    @Override
    public void load() {
        if (eventStore.lastSequenceNumberFor(FormLibraryMessages.LIBRARY_ID).isPresent()) {
            return;
        }
        publish("form-demo-fiche-sanitaire", "Fiche sanitaire de liaison 2026-2027", "Fichesanitaire 2026-2027.pdf",
                form("FICHE SANITAIRE DE LIAISON 2026-2027", List.of("Nom et prénom de l'enfant",
                        "Date de naissance", "Vaccinations (DT Polio : dates des rappels)",
                        "Allergies (alimentaires, médicamenteuses, autres)", "Projet d'accueil individualisé (PAI)",
                        "Régime alimentaire", "Médecin traitant et téléphone",
                        "Responsable légal à prévenir en cas d'urgence et téléphone"),
                        "Je soussigné(e), responsable légal de l'enfant, déclare exacts les renseignements portés sur "
                                + "cette fiche et autorise le responsable de l'accueil à prendre, le cas échéant, "
                                + "toutes mesures rendues nécessaires par l'état de santé de l'enfant."));
        publish("form-demo-mandat-sepa", "Mandat de prélèvement SEPA", "demande de prélèvement SEPA.pdf",
                form("MANDAT DE PRÉLÈVEMENT SEPA", List.of("Nom et prénom du débiteur", "Adresse", "IBAN", "BIC"),
                        "Créancier : la mairie, service enfance. Paiement récurrent. "
                                + "En signant ce formulaire de mandat, vous autorisez la commune à envoyer des "
                                + "instructions à votre banque pour débiter votre compte du montant des factures du "
                                + "service enfance. "
                                + "Vous bénéficiez du droit d'être remboursé par votre banque selon les conditions "
                                + "décrites dans la convention que vous avez passée avec elle."));
    }

    private void publish(String formId, String title, String fileName, byte[] pdf) {
        storage.storeAndRecord(new CheckedFile(pdf, FileType.PDF, fileName), Map.of("formId", formId),
                fileId -> commandGateway.sendAndWait(new PublishForm(FormLibraryMessages.LIBRARY_ID, formId, title,
                        fileId, fileName, FileType.PDF, pdf.length)));
    }

    /** A form to print and fill in: its fields as lines to write on, a statement, then date and signature. */
    private static byte[] form(String title, List<String> fields, String statement) {
        Font body = font(11, Font.NORMAL);
        return Pdfs.write(title, (Document document) -> {
            document.add(Pdfs.title(title));
            fields.forEach(field -> document.add(paragraph(field + " : ...........................................",
                    body)));
            document.add(paragraph(" ", body));
            document.add(paragraph(statement, body));
            document.add(paragraph(" ", body));
            document.add(paragraph("Fait à ......................, le ....../....../............", body));
            document.add(paragraph("Signature :", body));
        });
    }
}
