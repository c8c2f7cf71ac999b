package fr.portailfamille.web.documents;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import fr.portailfamille.api.form.FindPublishedForm;
import fr.portailfamille.api.form.FindPublishedForms;
import fr.portailfamille.api.form.FormLibraryMessages;
import fr.portailfamille.api.form.PublishForm;
import fr.portailfamille.api.form.PublishedForm;
import fr.portailfamille.api.form.WithdrawForm;
import fr.portailfamille.web.problem.ApiException;
import fr.portailfamille.web.security.FamilyAccess;
import fr.portailfamille.web.security.PortailUser;

/** The forms families download (fiche sanitaire, mandat SEPA): everyone signed in reads them, staff publish them. */
@Service
public class FormService {
    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final FamilyAccess access;
    private final FileStorage storage;

    public FormService(CommandGateway commandGateway, QueryGateway queryGateway, FamilyAccess access,
                       FileStorage storage) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.access = access;
        this.storage = storage;
    }

    public List<PublishedForm> forms() {
        return queryGateway.query(new FindPublishedForms(), ResponseTypes.multipleInstancesOf(PublishedForm.class))
                .join();
    }

    /** Checks, stores and publishes a form; answers its id. A refused command leaves no file. */
    public String publish(PortailUser user, String title, MultipartFile file) {
        access.requireStaff(user);
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("Donnez un titre au formulaire.");
        }
        CheckedFile checked = UploadChecks.check(file);
        String formId = "form-" + UUID.randomUUID();
        storage.storeAndRecord(checked, Map.of("formId", formId), fileId -> commandGateway.sendAndWait(
                new PublishForm(FormLibraryMessages.LIBRARY_ID, formId, title, fileId, checked.displayName(),
                        checked.type(), checked.content().length)));
        return formId;
    }

    public void withdraw(PortailUser user, String formId) {
        access.requireStaff(user);
        commandGateway.sendAndWait(new WithdrawForm(FormLibraryMessages.LIBRARY_ID, formId));
    }

    public ResponseEntity<byte[]> download(String formId) {
        PublishedForm form = queryGateway.query(new FindPublishedForm(formId),
                        ResponseTypes.optionalInstanceOf(PublishedForm.class)).join()
                .orElseThrow(() -> ApiException.notFound("Formulaire"));
        byte[] content = storage.read(form.fileId()).orElseThrow(() -> ApiException.notFound("Fichier"));
        return Downloads.attachment(content, form.fileType(), form.fileName());
    }
}
