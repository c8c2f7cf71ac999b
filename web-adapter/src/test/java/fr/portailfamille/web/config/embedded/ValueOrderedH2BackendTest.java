package fr.portailfamille.web.config.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

class ValueOrderedH2BackendTest {
    private static final int CHILDREN = 300;
    private static final int HISTORY_ENTRIES = 60_000;
    /** Without the version kept, a scan failed within the first three. */
    private static final int REWRITES = 100;

    @TempDir
    Path directory;

    @Test
    void ordersKeysValueByValueAndKeepsDistinctKeysDistinct() {
        IndexKeyOrder order = new IndexKeyOrder();

        assertThat(order.compare(new KeyValue("child-1"), new KeyValue("child-2"))).isNegative();
        assertThat(order.compare(new KeyValue("child-2", 1.0), new KeyValue("child-2", 3.0))).isNegative();
        assertThat(order.compare(new KeyValue("child-2"), new KeyValue("child-2", 3.0))).isNegative();
        assertThat(order.compare(new KeyValue("child-2", 3.0), new KeyValue("child-2", 3.0))).isZero();
        assertThat(order.compare(new KeyValue(1), new KeyValue(1L))).as("two types, two keys").isNotZero();
        assertThat(order.compare(new KeyValue(new de.bwaldvogel.mongo.bson.Document("day", "2026-09-01")),
                new KeyValue(new de.bwaldvogel.mongo.bson.Document("day", "2026-09-01")))).isZero();
        assertThat(Integer.signum(order.compare(new KeyValue("a"), new KeyValue(2.0))))
                .isEqualTo(-Integer.signum(order.compare(new KeyValue(2.0), new KeyValue("a"))));
    }

    @Test
    void findsAndGuardsEveryDocumentByItsUniqueKeys() {
        withServer(ValueOrderedH2Backend::new, children -> {
            insertChildren(children, 0, CHILDREN);

            assertEveryChildFound(children, CHILDREN);
            assertUniqueKeysGuarded(children);
        });
    }

    @Test
    void takesOverTheIndexesOfAStoreWrittenByTheStockBackend() {
        withServer(H2Backend::new, children -> insertChildren(children, 0, CHILDREN));

        withServer(ValueOrderedH2Backend::new, children -> {
            assertEveryChildFound(children, CHILDREN);
            assertUniqueKeysGuarded(children);
            insertChildren(children, CHILDREN, CHILDREN + 10);
            assertEveryChildFound(children, CHILDREN + 10);
        });
        try (MVStore store = MVStore.open(directory.resolve("mongo.mv").toString())) {
            assertThat(store.getMapNames()).noneMatch(name -> name.contains("._index_"))
                    .noneMatch(name -> name.endsWith(".copying"));
        }
        withServer(ValueOrderedH2Backend::new, children -> assertEveryChildFound(children, CHILDREN + 10));
    }

    @Test
    void aDroppedCollectionLeavesNoIndexBehind() {
        withServer(ValueOrderedH2Backend::new, children -> {
            insertChildren(children, 0, CHILDREN);
            children.drop();

            assertThat(children.find().first()).isNull();
            insertChildren(children, 0, 5);
            assertEveryChildFound(children, 5);
            assertThat(children.countDocuments()).isEqualTo(5);
        });
    }

    @Test
    void measuresACollectionOnlyWhenAskedAsTheStockBackendMeasuresItAlways() {
        List<Integer> sizes = new ArrayList<>();
        for (Function<MVStore, MongoBackend> backend : List.<Function<MVStore, MongoBackend>>of(H2Backend::new,
                ValueOrderedH2Backend::new)) {
            withDatabase(backend, database -> {
                MongoCollection<Document> children = database.getCollection("children");
                insertChildren(children, 0, 20);
                children.replaceOne(Filters.eq("_id", "child-3"), new Document("familyId", "family-1")
                        .append("rank", 1).append("allergies", "arachide, lait, œuf"));
                children.updateOne(Filters.eq("_id", "child-4"), Updates.set("rank", 7));
                children.deleteOne(Filters.eq("_id", "child-5"));
                sizes.add(database.runCommand(new Document("collStats", "children")).getInteger("size"));
                children.drop();
            });
        }

        assertThat(sizes.get(0)).isPositive();
        assertThat(sizes.get(1)).isEqualTo(sizes.get(0));
    }

    /**
     * The store keeps no old version at all and caches next to nothing: a chunk is dropped as soon as the current
     * version no longer needs it, and a page is read from the file. The history's pages share their chunks with
     * the grids', rewritten again and again, which leaves the chunks half used: compaction moves the history's pages
     * while it is scanned, and a scan that did not keep its version read chunks gone meanwhile.
     */
    @Test
    void aFullScanReadsTheVersionItStartedOnWhileTheStoreRewritesAndDropsChunks() throws Exception {
        MVStore store = new MVStore.Builder().fileName(directory.resolve("mongo.mv").toString()).pageSplitSize(4096)
                .cacheSize(1).autoCommitDisabled().open();
        store.setRetentionTime(0);
        store.setVersionsToKeep(0);
        MongoServer server = new MongoServer(new ValueOrderedH2Backend(store));
        AtomicBoolean scanning = new AtomicBoolean(true);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            MongoCollection<Document> history = client.getDatabase("portail").getCollection("history");
            MongoCollection<Document> grids = client.getDatabase("portail").getCollection("grids");
            for (int batch = 0; batch < HISTORY_ENTRIES / 1000; batch++) {
                history.insertMany(IntStream.range(batch * 1000, batch * 1000 + 1000)
                        .mapToObj(ValueOrderedH2BackendTest::entry).toList());
                rewriteGrids(grids, batch);
                store.commit();
            }
            AtomicInteger rounds = new AtomicInteger();
            CompletableFuture<Void> rewriting = CompletableFuture.runAsync(() -> {
                while (scanning.get()) {
                    int round = rounds.incrementAndGet();
                    for (int i = 0; i < 50; i++) {
                        grids.replaceOne(Filters.eq("_id", "grid-" + (round * 50 + i) % 1000),
                                new Document("round", round).append("cells", "R".repeat(100)));
                    }
                    store.commit();
                    store.compact(100, 256 * 1024);
                    store.commit();
                }
            });

            while (rounds.get() < REWRITES && !rewriting.isDone()) {
                assertThat(history.find(Filters.eq("description", "absente")).first()).isNull();
            }
            scanning.set(false);
            rewriting.get(30, TimeUnit.SECONDS);
            assertThat(history.countDocuments(Filters.regex("description", "^Réservation")))
                    .isEqualTo(HISTORY_ENTRIES);
        } finally {
            scanning.set(false);
            server.shutdown();
        }
    }

    private static void rewriteGrids(MongoCollection<Document> grids, int round) {
        grids.deleteMany(new Document());
        grids.insertMany(IntStream.range(0, 1000).mapToObj(i -> new Document("_id", "grid-" + i)
                .append("round", round).append("cells", "R".repeat(100))).toList());
    }

    private static Document entry(int number) {
        return new Document("_id", "entry-" + number).append("description", "Réservation demandée " + number);
    }

    private void withServer(Function<MVStore, MongoBackend> backend, Consumer<MongoCollection<Document>> use) {
        withDatabase(backend, database -> {
            MongoCollection<Document> children = database.getCollection("children");
            children.createIndex(Indexes.ascending("familyId", "rank"), new IndexOptions().unique(true));
            use.accept(children);
        });
    }

    private void withDatabase(Function<MVStore, MongoBackend> backend, Consumer<MongoDatabase> use) {
        MongoServer server = new MongoServer(backend.apply(MVStore.open(directory.resolve("mongo.mv").toString())));
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            use.accept(client.getDatabase("portail"));
        } finally {
            server.shutdown();
        }
    }

    private static void insertChildren(MongoCollection<Document> children, int from, int to) {
        List<Document> documents = new ArrayList<>();
        for (int i = from; i < to; i++) {
            documents.add(new Document("_id", "child-" + i).append("familyId", "family-" + i / 2)
                    .append("rank", i % 2));
        }
        children.insertMany(documents);
    }

    private static void assertEveryChildFound(MongoCollection<Document> children, int count) {
        for (int i = 0; i < count; i++) {
            assertThat(children.find(Filters.eq("_id", "child-" + i)).first()).isNotNull()
                    .containsEntry("familyId", "family-" + i / 2);
            assertThat(children.find(Filters.and(Filters.eq("familyId", "family-" + i / 2), Filters.eq("rank", i % 2)))
                    .first()).containsEntry("_id", "child-" + i);
        }
    }

    private static void assertUniqueKeysGuarded(MongoCollection<Document> children) {
        assertThatThrownBy(() -> children.insertOne(new Document("_id", "child-7").append("familyId", "other")))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        assertThatThrownBy(() -> children.insertOne(new Document("_id", "twin").append("familyId", "family-3")
                .append("rank", 1))).isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
    }
}
