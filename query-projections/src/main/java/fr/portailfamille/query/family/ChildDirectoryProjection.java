package fr.portailfamille.query.family;

import static com.mongodb.client.model.Filters.eq;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import fr.portailfamille.api.family.ChildAdded;
import fr.portailfamille.api.family.ChildSummary;
import fr.portailfamille.api.family.ChildUpdated;
import fr.portailfamille.api.family.FindChild;
import fr.portailfamille.api.family.FindChildrenOfFamily;
import fr.portailfamille.query.support.DocumentMapper;

/** Every child by id with its family: what each child endpoint checks before anything else. */
@ProcessingGroup(ChildDirectoryProjection.PROCESSING_GROUP)
public class ChildDirectoryProjection {
    public static final String PROCESSING_GROUP = "child-directory";

    private final MongoCollection<Document> children;
    /** One document per family listing its child ids, so that a family's children are found by {@code _id}. */
    private final MongoCollection<Document> families;

    public ChildDirectoryProjection(MongoDatabase database) {
        this.children = database.getCollection("child_directory");
        this.families = database.getCollection("child_directory_families");
    }

    @EventHandler
    public void on(ChildAdded event) {
        save(new ChildSummary(event.childId(), event.familyId(), event.firstName(), event.lastName(),
                event.birthDate(), event.sex()));
        families.updateOne(eq("_id", event.familyId()), Updates.addToSet("childIds", event.childId()),
                new UpdateOptions().upsert(true));
    }

    @EventHandler
    public void on(ChildUpdated event) {
        save(new ChildSummary(event.childId(), event.familyId(), event.firstName(), event.lastName(),
                event.birthDate(), event.sex()));
    }

    private void save(ChildSummary child) {
        children.replaceOne(eq("_id", child.childId()), DocumentMapper.toDocument(child)
                .append("_id", child.childId()), new ReplaceOptions().upsert(true));
    }

    @ResetHandler
    public void reset() {
        children.drop();
        families.drop();
    }

    @QueryHandler
    public List<ChildSummary> handle(FindChildrenOfFamily query) {
        Document family = families.find(eq("_id", query.familyId())).first();
        if (family == null) {
            return List.of();
        }
        List<String> childIds = family.getList("childIds", String.class);
        Map<String, ChildSummary> byId = new HashMap<>();
        children.find(Filters.in("_id", childIds)).forEach(document -> byId.put(document.getString("_id"),
                DocumentMapper.fromDocument(document, ChildSummary.class)));
        return childIds.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @QueryHandler
    public Optional<ChildSummary> handle(FindChild query) {
        return Optional.ofNullable(children.find(eq("_id", query.childId())).first())
                .map(document -> DocumentMapper.fromDocument(document, ChildSummary.class));
    }
}
