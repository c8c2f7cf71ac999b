package fr.portailfamille.query.family;

import static com.mongodb.client.model.Filters.eq;

import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;

import fr.portailfamille.api.family.ChildAdded;
import fr.portailfamille.api.family.ChildSummary;
import fr.portailfamille.api.family.FindChild;
import fr.portailfamille.query.support.DocumentMapper;

/** Every child by id with its family: what each child endpoint checks before anything else. */
@ProcessingGroup(ChildDirectoryProjection.PROCESSING_GROUP)
public class ChildDirectoryProjection {
    public static final String PROCESSING_GROUP = "child-directory";

    private final MongoCollection<Document> children;

    public ChildDirectoryProjection(MongoDatabase database) {
        this.children = database.getCollection("child_directory");
    }

    @EventHandler
    public void on(ChildAdded event) {
        ChildSummary child = new ChildSummary(event.childId(), event.familyId(), event.firstName(),
                event.lastName(), event.birthDate(), event.sex());
        children.replaceOne(eq("_id", event.childId()), DocumentMapper.toDocument(child)
                .append("_id", event.childId()), new ReplaceOptions().upsert(true));
    }

    @ResetHandler
    public void reset() {
        children.drop();
    }

    @QueryHandler
    public Optional<ChildSummary> handle(FindChild query) {
        return Optional.ofNullable(children.find(eq("_id", query.childId())).first())
                .map(document -> DocumentMapper.fromDocument(document, ChildSummary.class));
    }
}
