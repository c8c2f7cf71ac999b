package fr.portailfamille.query.support;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;

/**
 * The documents of one collection that a batch of events changes: each is read once, changed in memory as the
 * updates would have changed it (a field set again keeps its place, a new one goes last, as MongoDB does), and
 * written once when the batch commits. Use it through {@link PerBatch}: a day of a busy slot or a child's month
 * then costs one read and one write per batch instead of one round trip per event.
 */
public final class BatchDocuments {
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> collection;
    private final Map<String, Document> changed = new LinkedHashMap<>();

    public BatchDocuments(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    /** The document of {@code id} as the batch left it so far; a new one holds only its {@code _id}. */
    public Document get(String id) {
        return changed.computeIfAbsent(id, key -> {
            Document stored = collection.find(eq("_id", key)).first();
            return stored != null ? stored : new Document("_id", key);
        });
    }

    /** Sets {@code key} of the sub-document {@code parent} (created when missing), as {@code $set parent.key} does. */
    public static void setIn(Document document, String parent, String key, Object value) {
        Document sub = document.get(parent, Document.class);
        if (sub == null) {
            sub = new Document();
            document.put(parent, sub);
        }
        sub.put(key, value);
    }

    /** Removes {@code key} of the sub-document {@code parent}, as {@code $unset parent.key} does. */
    public static void unsetIn(Document document, String parent, String key) {
        Document sub = document.get(parent, Document.class);
        if (sub != null) {
            sub.remove(key);
        }
    }

    /** Writes every document the batch changed, in one bulk write. */
    public void flush() {
        if (changed.isEmpty()) {
            return;
        }
        List<ReplaceOneModel<Document>> writes = new ArrayList<>();
        changed.forEach((id, document) -> writes.add(new ReplaceOneModel<>(eq("_id", id), document, UPSERT)));
        collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        changed.clear();
    }
}
