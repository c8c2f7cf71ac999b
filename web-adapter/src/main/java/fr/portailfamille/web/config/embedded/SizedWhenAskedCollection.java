package fr.portailfamille.web.config.embedded;

import org.h2.mvstore.MVMap;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * The stock H2 collection keeps its data size up to date by encoding the old and the new document of every write
 * in BSON: a third of the embedded server's time when read models rewrite their documents. Here the size is measured
 * only when statistics ask for it ({@code collStats}, {@code validate}), which the portal never does on its own.
 */
final class SizedWhenAskedCollection extends H2Collection {
    /** False while the stock constructor runs: it logs the size it keeps, which is then not worth a measure. */
    private final boolean opened;

    SizedWhenAskedCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                             MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap,
                             CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
        this.opened = true;
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
            long size = streamAllDocumentsWithPosition().mapToLong(document -> {
                buffer.clear();
                BsonEncoder.encodeDocument(document.getDocument(), buffer);
                return buffer.writerIndex();
            }).sum();
            return (int) Math.min(size, Integer.MAX_VALUE);
        } finally {
            buffer.release();
        }
    }
}
