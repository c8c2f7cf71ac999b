package fr.portailfamille.query.support;

import static com.mongodb.client.model.Filters.in;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import com.mongodb.client.MongoCollection;

/**
 * Reads documents by their ids, a chunk of ids per request: the embedded server answers a query in one reply, which
 * must stay under the driver's 48 MB however many ids are asked for.
 */
public final class DocumentsById {
    private static final int CHUNK = 50;

    private DocumentsById() {
    }

    /** The documents found, by id; ids without a document are absent. */
    @SuppressWarnings("unchecked")
    public static <K> Map<K, Document> read(MongoCollection<Document> collection, List<K> ids) {
        Map<K, Document> byId = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            collection.find(in("_id", ids.subList(from, Math.min(ids.size(), from + CHUNK))))
                    .forEach(document -> byId.put((K) document.get("_id"), document));
        }
        return byId;
    }
}
