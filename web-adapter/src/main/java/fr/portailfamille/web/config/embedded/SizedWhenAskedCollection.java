package fr.portailfamille.web.config.embedded;

import java.util.function.Supplier;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * The stock H2 collection keeps its data size up to date by encoding the old and the new document of every write
 * in BSON: a third of the embedded server's time when read models rewrite their documents. Here the size is measured
 * only when statistics ask for it ({@code collStats}, {@code validate}), which the portal never does on its own.
 * <p>
 * A scan of the whole collection (a query no index serves, an index built, a size measured) walks the version of the
 * store it started on, while other collections write and the store compacts: H2 drops a chunk that no version in use
 * needs, and the scan then failed on {@code Chunk … not found} (a full-commune rebuild's digest did). The scan
 * registers the version it reads, which keeps its chunks until it ends; the file grows by what is written meanwhile.
 */
final class SizedWhenAskedCollection extends H2Collection {
    /** False while the stock constructor runs: it logs the size it keeps, which is then not worth a measure. */
    private final boolean opened;
    private final MVStore store;

    SizedWhenAskedCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                             MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap,
                             CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
        this.opened = true;
        this.store = dataMap.getStore();
    }

    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        return readingOneVersion(() -> super.matchDocuments(query, orderBy, numberToSkip, limit, batchSize,
                fieldSelector));
    }

    @Override
    public void addIndex(Index<Object> index) {
        readingOneVersion(() -> {
            super.addIndex(index);
            return null;
        });
    }

    /** Runs {@code scan} with the version of the store it reads kept whole until it ends. */
    private <T> T readingOneVersion(Supplier<T> scan) {
        if (store == null) {
            return scan.get();
        }
        MVStore.TxCounter version = store.registerVersionUsage();
        try {
            return scan.get();
        } finally {
            store.deregisterVersionUsage(version);
        }
    }

    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    @Override
    protected int getDataSize() {
        if (!opened) {
            return super.getDataSize();
        }
        ByteBuf buffer = Unpooled.buffer();
        try {
            long size = readingOneVersion(() -> streamAllDocumentsWithPosition().mapToLong(document -> {
                buffer.clear();
                BsonEncoder.encodeDocument(document.getDocument(), buffer);
                return buffer.writerIndex();
            }).sum());
            return (int) Math.min(size, Integer.MAX_VALUE);
        } finally {
            buffer.release();
        }
    }
}
