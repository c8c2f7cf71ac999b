package fr.portailfamille.query.support;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.bson.Document;

import com.mongodb.client.MongoCollection;

/**
 * Read-model documents, one per aggregate and keyed by its id, changed by its events in order: each document
 * remembers the sequence number of the last event it took, so an event delivered again changes nothing. A batch of
 * events reads and writes each document once ({@link PerBatch}, {@link BatchDocuments}): the families registering
 * on a first morning came one read and one write per event, and the grids waited behind them.
 */
public final class SequencedDocuments {
    private static final String LAST_SEQUENCE = "lastSequence";

    private final MongoCollection<Document> collection;
    private final PerBatch<BatchDocuments> perBatch;

    public SequencedDocuments(MongoCollection<Document> collection) {
        this.collection = collection;
        this.perBatch = new PerBatch<>(collection.getNamespace().getFullName(),
                (payloads, held) -> BatchDocuments.prefetched(collection, payloads, payload -> Stream.empty(), held));
    }

    /** Applies {@code change} to the document of {@code id} (made by {@code initial} if none) unless already done. */
    public void change(String id, long sequence, Supplier<Document> initial, Consumer<Document> change) {
        perBatch.with(documents -> {
            Document document = documents.get(id);
            if (!document.containsKey(LAST_SEQUENCE)) {
                document.putAll(initial.get());
            } else if (document.get(LAST_SEQUENCE, Number.class).longValue() >= sequence) {
                return;
            }
            change.accept(document);
            document.put(LAST_SEQUENCE, sequence);
        });
    }

    public Optional<Document> find(String id) {
        return Optional.ofNullable(collection.find(eq("_id", id)).first());
    }

    /** What a replay holds ({@link HeldReplayWrites}). */
    public PerBatch<BatchDocuments> heldWrites() {
        return perBatch;
    }

    public void drop() {
        perBatch.forgetHeld();
        collection.drop();
    }

    /** The list of documents under {@code field}, made empty when missing; changes to it change the document. */
    public static List<Document> list(Document document, String field) {
        return list(document, field, Document.class);
    }

    /** The list of {@code type} under {@code field}, made empty when missing; changes to it change the document. */
    public static <T> List<T> list(Document document, String field, Class<T> type) {
        List<T> list = document.getList(field, type);
        if (list == null) {
            list = new ArrayList<>();
            document.put(field, list);
        }
        return list;
    }

    /**
     * Adds {@code value} to the list {@code field} of a document read for a batch, created when missing, unless an
     * equal value is there already, as {@code $addToSet} does; answers whether it was added.
     */
    public static boolean addToSet(Document document, String field, Object value) {
        List<Object> values = list(document, field, Object.class);
        if (values.contains(value)) {
            return false;
        }
        values.add(value);
        return true;
    }

    /** The element of {@code list} whose {@code key} is {@code value}, if any. */
    public static Optional<Document> element(List<Document> list, String key, String value) {
        return list.stream().filter(element -> value.equals(element.getString(key))).findFirst();
    }

    /** Puts {@code element} in place of the one with the same {@code key}, or at the end. */
    public static void upsertElement(List<Document> list, String key, Document element) {
        String value = element.getString(key);
        for (int i = 0; i < list.size(); i++) {
            if (value.equals(list.get(i).getString(key))) {
                list.set(i, element);
                return;
            }
        }
        list.add(element);
    }
}
