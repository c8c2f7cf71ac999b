package fr.portailfamille.domain.document;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import fr.portailfamille.api.RuleViolation;
import fr.portailfamille.api.form.FormLibraryMessages;
import fr.portailfamille.api.form.FormPublished;
import fr.portailfamille.api.form.FormWithdrawn;
import fr.portailfamille.api.form.PublishForm;
import fr.portailfamille.api.form.WithdrawForm;

/**
 * The commune's one library of forms that families download, fill in and send back (fiche sanitaire de liaison,
 * mandat de prélèvement SEPA): staff publish and withdraw them.
 */
public class FormLibrary {
    static final int MAX_TITLE_LENGTH = 200;

    @AggregateIdentifier
    private String libraryId;
    /** Every form ever published, by id, with whether it is still on offer. */
    private final Map<String, Form> forms = new HashMap<>();

    protected FormLibrary() {
    }

    private record Form(PublishForm publication, boolean onOffer) {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(PublishForm command, Clock clock) {
        if (!FormLibraryMessages.LIBRARY_ID.equals(command.libraryId())) {
            throw new IllegalArgumentException("the form library is " + FormLibraryMessages.LIBRARY_ID);
        }
        StoredFileRules.requireText(command.formId(), "L'identifiant du formulaire");
        String title = StoredFileRules.requireText(command.title(), "Le titre");
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException("Un titre a au plus " + MAX_TITLE_LENGTH + " caractères.");
        }
        StoredFileRules.requireWellFormed(command.fileId(), command.fileName(), command.fileType(), command.size());
        PublishForm publication = new PublishForm(command.libraryId(), command.formId(), title, command.fileId(),
                command.fileName().trim(), command.fileType(), command.size());
        Form known = forms.get(command.formId());
        if (known != null) {
            if (known.publication().equals(publication)) {
                return;
            }
            throw new IllegalArgumentException("form id " + command.formId() + " names another form");
        }
        apply(new FormPublished(publication.libraryId(), publication.formId(), publication.title(),
                publication.fileId(), publication.fileName(), publication.fileType(), publication.size(),
                clock.instant()));
    }

    @CommandHandler
    public void handle(WithdrawForm command) {
        Form known = forms.get(command.formId());
        if (known == null) {
            throw new RuleViolation("UNKNOWN_FORM", "Formulaire introuvable.");
        }
        if (known.onOffer()) {
            apply(new FormWithdrawn(libraryId, command.formId()));
        }
    }

    @EventSourcingHandler
    void on(FormPublished event) {
        this.libraryId = event.libraryId();
        forms.put(event.formId(), new Form(new PublishForm(event.libraryId(), event.formId(), event.title(),
                event.fileId(), event.fileName(), event.fileType(), event.size()), true));
    }

    @EventSourcingHandler
    void on(FormWithdrawn event) {
        forms.computeIfPresent(event.formId(), (id, form) -> new Form(form.publication(), false));
    }
}
