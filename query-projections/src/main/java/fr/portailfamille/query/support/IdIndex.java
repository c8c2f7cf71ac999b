package fr.portailfamille.query.support;

import static com.mongodb.client.model.Filters.eq;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * Index documents that list ids under a key ({@code child:…}, {@code status:PENDING}), so that every query a page
 * makes reads by {@code _id} only: the embedded MongoDB-compatible server ignores secondary indexes.
 */
public final class IdIndex {
    private static final String IDS = "ids";

    private final MongoCollection<Document> collection;

    public IdIndex(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    public void add(String key, String id) {
        collection.updateOne(eq("_id", key), Updates.addToSet(IDS, id), new UpdateOptions().upsert(true));
    }

    public void remove(String key, String id) {
        collection.updateOne(eq("_id", key), Updates.pull(IDS, id));
    }

    /** Adds {@code id} to an index document read for a batch ({@link BatchDocuments}), as {@link #add} does. */
    public static void addTo(Document index, String id) {
        addTo(index, IDS, id);
    }

    /**
     * Adds {@code id} to the list {@code field} of a document read for a batch, created when missing, unless it is
     * there already, as {@code $addToSet} does; answers whether it was added.
     */
    public static boolean addTo(Document document, String field, String id) {
        return SequencedDocuments.addToSet(document, field, id);
    }

    /** Removes {@code id} from an index document read for a batch, as {@link #remove} does. */
    public static void removeFrom(Document index, String id) {
        SequencedDocuments.list(index, IDS, String.class).removeIf(id::equals);
    }

    public List<String> ids(String key) {
        Document found = collection.find(eq("_id", key)).first();
        return found == null ? List.of() : found.getList(IDS, String.class);
    }

    public void drop() {
        collection.drop();
    }

    /** The documents of {@code collection} with these ids as records, in the order of the ids; unknown ids skipped. */
    public static <T> List<T> load(MongoCollection<Document> collection, List<String> ids, Class<T> type) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Document> byId = DocumentsById.read(collection, ids);
        return ids.stream().map(byId::get).filter(Objects::nonNull)
                .map(document -> DocumentMapper.fromDocument(document, type)).toList();
    }
}
