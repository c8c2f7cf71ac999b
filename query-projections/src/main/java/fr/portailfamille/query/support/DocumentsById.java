package fr.portailfamille.query.support;

import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;

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

    /**
     * Every document of {@code collection} in the order of their ids as text, handed over {@code sliceSize} at a time,
     * so that only a slice is in memory however large the collection. The ids are read first and ordered here: the
     * embedded server answers a sorted query in one reply, which a large collection makes longer than the driver
     * accepts.
     */
    public static void readAllInSlices(MongoCollection<Document> collection, int sliceSize,
                                       Consumer<List<Document>> slices) {
        List<Object> ids = new ArrayList<>();
        collection.find().projection(Projections.include("_id")).forEach(id -> ids.add(id.get("_id")));
        ids.sort(Comparator.comparing(String::valueOf));
        for (int from = 0; from < ids.size(); from += sliceSize) {
            List<Object> slice = ids.subList(from, Math.min(ids.size(), from + sliceSize));
            Map<Object, Document> byId = read(collection, slice);
            slices.accept(slice.stream().map(byId::get).filter(Objects::nonNull).toList());
        }
    }
}
