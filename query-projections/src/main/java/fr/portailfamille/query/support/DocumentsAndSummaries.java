package fr.portailfamille.query.support;

/**
 * A batch's buffer over two collections: documents, and the summaries kept beside them (the requests of an
 * activity's days, the children billed in a month), read, held and written together.
 */
public record DocumentsAndSummaries(BatchDocuments documents, BatchDocuments summaries)
        implements PerBatch.Buffer<DocumentsAndSummaries> {

    @Override
    public void absorb(DocumentsAndSummaries later) {
        documents.absorb(later.documents());
        summaries.absorb(later.summaries());
    }

    @Override
    public boolean isFull() {
        return documents.isFull() || summaries.isFull();
    }

    @Override
    public void flush() {
        documents.flush();
        summaries.flush();
    }
}
