package fr.portailfamille.benchmarks;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertOneModel;

import fr.portailfamille.query.support.DocumentsById;
import fr.portailfamille.query.support.UnorderedBulkWrites;
import fr.portailfamille.web.replay.ReadModelDigest;

/**
 * The least time the MongoDB server takes to store the rebuilt read models: each of their documents inserted once into
 * an empty collection of a scratch database, by the bulk writes that end a replay. A replay writes every one of these
 * documents at least once, so none can end sooner: the events over this time bound the replay rate that the store
 * allows, whatever the processors do. Only the inserts are timed, not reading the documents back.
 */
final class ReadModelWriteFloor {
    private static final String SCRATCH_DATABASE = "portail_write_floor";
    private static final int WRITTEN_AT_ONCE = 10_000;

    private ReadModelWriteFloor() {
    }

    /** The seconds each read model's collection took, the largest first. */
    static Map<String, Double> secondsByCollection(MongoClient client, MongoDatabase readModels) {
        MongoDatabase scratch = client.getDatabase(SCRATCH_DATABASE);
        scratch.drop();
        Map<String, Double> seconds = new HashMap<>();
        try {
            for (String name : ReadModelDigest.readModelCollections(readModels)) {
                MongoCollection<Document> copy = scratch.getCollection(name);
                AtomicLong writingNanos = new AtomicLong();
                DocumentsById.readAllInSlices(readModels.getCollection(name), WRITTEN_AT_ONCE, slice -> {
                    var inserts = slice.stream().map(InsertOneModel::new).toList();
                    long startedAt = System.nanoTime();
                    UnorderedBulkWrites.write(copy, inserts);
                    writingNanos.addAndGet(System.nanoTime() - startedAt);
                });
                seconds.put(name, writingNanos.get() / 1e9);
            }
        } finally {
            scratch.drop();
        }
        Map<String, Double> largestFirst = new LinkedHashMap<>();
        seconds.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(collection -> largestFirst.put(collection.getKey(), collection.getValue()));
        return largestFirst;
    }
}
