package fr.portailfamille.web.config.embedded;

import java.util.List;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.DataType;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;

/**
 * The embedded MongoDB server's H2 backend with unique indexes ordered by {@link IndexKeyOrder}, and collections that
 * keep their documents in BSON ({@link BsonDocumentType}), measure their size only when asked and keep the version of
 * the store a full scan reads until it ends ({@link SizedWhenAskedCollection}). The indexes' maps have names of their
 * own: an index kept by the stock backend under its name (a data directory of an earlier version) is copied once into
 * the new order, then removed.
 */
public final class ValueOrderedH2Backend extends H2Backend {
    private static final String INDEX_MAP = "._value_ordered_index_";
    private static final String STOCK_INDEX_MAP = "._index_";
    private static final String COPYING = ".copying";
    /** The stock backend's names of a collection's maps, kept so that a data directory reads as before. */
    private static final String DATA_MAP = "databases.";
    private static final String META_MAP = "meta.";

    public ValueOrderedH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /**
     * Inner, not nested: the stock database opens its indexes from its constructor, before a field of its own could
     * be set, so the store is the backend's.
     */
    private final class Database extends H2Database {

        Database(String name) {
            super(name, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            return new SizedWhenAskedCollection(this, collectionName, options,
                    getMvStore().openMap(DATA_MAP + namespace, inBson()), getMvStore().openMap(META_MAP + namespace),
                    cursorRegistry);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            String namespace = getFullCollectionNamespace(collectionName);
            String name = namespace + INDEX_MAP + indexName;
            String stockName = namespace + STOCK_INDEX_MAP + indexName;
            if (getMvStore().hasMap(stockName)) {
                copyStockIndex(stockName, name);
            }
            return new ValueOrderedUniqueIndex(getMvStore().openMap(name, valueOrdered()), indexName, keys, sparse);
        }

        /** Copies under another name first: a copy cut short is never taken for the index. */
        private void copyStockIndex(String stockName, String name) {
            MVStore store = getMvStore();
            if (!store.hasMap(name)) {
                MVMap<KeyValue, Object> copy = store.openMap(name + COPYING, valueOrdered());
                copy.clear();
                copy.putAll(store.<KeyValue, Object>openMap(stockName));
                store.renameMap(copy, name);
            }
            store.removeMap(stockName);
            store.commit();
        }

        @Override
        protected void dropIndex(MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName);
            getMvStore().removeMap(getFullCollectionNamespace(collection.getCollectionName()) + INDEX_MAP + indexName);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static MVMap.Builder<Object, Document> inBson() {
        return new MVMap.Builder<Object, Document>().valueType((DataType) new BsonDocumentType());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static MVMap.Builder<KeyValue, Object> valueOrdered() {
        return new MVMap.Builder<KeyValue, Object>().keyType((DataType) new IndexKeyOrder());
    }
}
