package fr.portailfamille.query.support;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;

/**
 * The documents of one collection that a batch of events changes: each is read once, changed in memory as the
 * updates would have changed it (a field set again keeps its place, a new one goes last, as MongoDB does), and
 * written once when the batch commits. Use it through {@link PerBatch}: a day of a busy slot or a child's month
 * then costs one read and one write per batch instead of one round trip per event, and when the projection says which
 * documents each event touches ({@link #prefetched}), the batch reads them all in one request. During a replay a
 * batch changes the very documents held from the batches before it ({@link PerBatch}), which loses them all should
 * it be rolled back. A document that was not stored when the batch read it is inserted, not replaced: the embedded
 * server looks for the document a replacement names before it writes it, and a replay's documents are all new.
 */
public final class BatchDocuments implements PerBatch.Buffer<BatchDocuments> {
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    /** A document of a few kilobytes encoded takes some eight in memory. */
    private static final long BYTES_EACH = 8 * 1024;

    private final MongoCollection<Document> collection;
    /** The documents held from earlier batches of a replay, or null. */
    private final BatchDocuments earlier;
    private final Map<String, Document> changed = new LinkedHashMap<>();
    /** Documents read ahead for the batch and not changed yet; a known id without a document is a new one. */
    private final Map<String, Document> readAhead = new HashMap<>();
    /** The ids of {@link #changed} documents not stored when read: the collection's one writer inserts them. */
    private final Set<String> unstored = new HashSet<>();

    public BatchDocuments(MongoCollection<Document> collection) {
        this(collection, null);
    }

    private BatchDocuments(MongoCollection<Document> collection, BatchDocuments earlier) {
        this.collection = collection;
        this.earlier = earlier;
    }

    /**
     * The documents of a batch, every one that {@code idsOf} names for its payloads and {@code earlier} (null when
     * nothing is held) does not hold read in one request.
     */
    public static BatchDocuments prefetched(MongoCollection<Document> collection, List<Object> payloads,
                                            Function<Object, Stream<String>> idsOf, BatchDocuments earlier) {
        BatchDocuments documents = new BatchDocuments(collection, earlier);
        Set<String> ids = new LinkedHashSet<>();
        payloads.forEach(payload -> idsOf.apply(payload)
                .filter(id -> earlier == null || !earlier.changed.containsKey(id)).forEach(ids::add));
        documents.readAhead(ids);
        return documents;
    }

    private void readAhead(Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        ids.forEach(id -> readAhead.put(id, null));
        readAhead.putAll(DocumentsById.read(collection, List.copyOf(ids)));
    }

    /** The document of {@code id} as the batch left it so far; a new one holds only its {@code _id}. */
    public Document get(String id) {
        return changed.computeIfAbsent(id, key -> {
            if (earlier != null && earlier.changed.containsKey(key)) {
                if (earlier.unstored.contains(key)) {
                    unstored.add(key);
                }
                return earlier.changed.get(key);
            }
            Document stored = readAhead.containsKey(key) ? readAhead.remove(key)
                    : collection.find(eq("_id", key)).first();
            if (stored != null) {
                return stored;
            }
            unstored.add(key);
            return new Document("_id", key);
        });
    }

    /** The document of {@code id} as the batch left it so far, if there is one: a missing one is not made. */
    public Optional<Document> find(String id) {
        boolean changedSoFar = changed.containsKey(id) || (earlier != null && earlier.changed.containsKey(id));
        if (!changedSoFar) {
            if (!readAhead.containsKey(id)) {
                readAhead.put(id, collection.find(eq("_id", id)).first());
            }
            if (readAhead.get(id) == null) {
                return Optional.empty();
            }
        }
        return Optional.of(get(id));
    }

    @Override
    public void absorb(BatchDocuments later) {
        changed.putAll(later.changed);
        unstored.addAll(later.unstored);
    }

    @Override
    public long heldBytes() {
        return changed.size() * BYTES_EACH;
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

    /**
     * Writes every document the batch changed, in one bulk write. Should it fail, the documents are all replaced at the
     * next try: some of those to insert may have been written.
     */
    @Override
    public void flush() {
        if (changed.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        changed.forEach((id, document) -> writes.add(unstored.contains(id) ? new InsertOneModel<>(document)
                : new ReplaceOneModel<>(eq("_id", id), document, UPSERT)));
        unstored.clear();
        UnorderedBulkWrites.write(collection, writes);
        changed.clear();
    }
}
