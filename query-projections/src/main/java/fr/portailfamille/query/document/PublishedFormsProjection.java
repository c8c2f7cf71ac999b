package fr.portailfamille.query.document;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;

import fr.portailfamille.api.form.FindPublishedForm;
import fr.portailfamille.api.form.FindPublishedForms;
import fr.portailfamille.api.form.FormPublished;
import fr.portailfamille.api.form.FormWithdrawn;
import fr.portailfamille.api.form.PublishedForm;
import fr.portailfamille.query.support.DocumentMapper;

/** The forms families can download, one document per form on offer; a withdrawn form is gone. */
@ProcessingGroup(PublishedFormsProjection.PROCESSING_GROUP)
public class PublishedFormsProjection {
    public static final String PROCESSING_GROUP = "published-forms";

    private final MongoCollection<Document> forms;

    public PublishedFormsProjection(MongoDatabase database) {
        this.forms = database.getCollection("published_forms");
    }

    @EventHandler
    public void on(FormPublished event) {
        PublishedForm form = new PublishedForm(event.formId(), event.title(), event.fileId(), event.fileName(),
                event.fileType(), event.size(), event.publishedAt());
        forms.replaceOne(eq("_id", event.formId()), DocumentMapper.toDocument(form).append("_id", event.formId()),
                new ReplaceOptions().upsert(true));
    }

    @EventHandler
    public void on(FormWithdrawn event) {
        forms.deleteOne(eq("_id", event.formId()));
    }

    @ResetHandler
    public void reset() {
        forms.drop();
    }

    /** The whole collection: a commune offers a handful of forms. */
    @QueryHandler
    public List<PublishedForm> handle(FindPublishedForms query) {
        List<PublishedForm> all = new ArrayList<>();
        forms.find().forEach(document -> all.add(DocumentMapper.fromDocument(document, PublishedForm.class)));
        all.sort(Comparator.comparing(PublishedForm::publishedAt));
        return all;
    }

    @QueryHandler
    public Optional<PublishedForm> handle(FindPublishedForm query) {
        return Optional.ofNullable(forms.find(eq("_id", String.valueOf(query.formId()))).first())
                .map(document -> DocumentMapper.fromDocument(document, PublishedForm.class));
    }
}
