package fr.portailfamille.query.support;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import org.bson.Document;

import com.mongodb.client.MongoCollection;

/**
 * A batch's buffer over two collections: documents, and the summaries kept beside them (the requests of an
 * activity's days, the children billed in a month), read, held and written together.
 */
public record DocumentsAndSummaries(BatchDocuments documents, BatchDocuments summaries)
        implements PerBatch.Buffer<DocumentsAndSummaries> {

    /**
     * Makes a batch's buffer ({@link PerBatch}) over the two collections, each read ahead by the ids that
     * {@code documentIds} and {@code summaryIds} name for the batch's payloads, through what is held.
     */
    public static BiFunction<List<Object>, DocumentsAndSummaries, DocumentsAndSummaries> prefetching(
            MongoCollection<Document> documents, Function<Object, Stream<String>> documentIds,
            MongoCollection<Document> summaries, Function<Object, Stream<String>> summaryIds) {
        return (payloads, held) -> new DocumentsAndSummaries(
                BatchDocuments.prefetched(documents, payloads, documentIds, held == null ? null : held.documents()),
                BatchDocuments.prefetched(summaries, payloads, summaryIds, held == null ? null : held.summaries()));
    }

    @Override
    public void absorb(DocumentsAndSummaries later) {
        documents.absorb(later.documents());
        summaries.absorb(later.summaries());
    }

    @Override
    public long heldBytes() {
        return documents.heldBytes() + summaries.heldBytes();
    }

    /**
     * The summaries first: a summary lists a document when the document is created, so should the second write fail,
     * the events handled again find the document still missing and list it again.
     */
    @Override
    public void flush() {
        summaries.flush();
        documents.flush();
    }
}
