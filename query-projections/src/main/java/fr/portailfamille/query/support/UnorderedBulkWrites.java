package fr.portailfamille.query.support;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.WriteModel;

/**
 * Unordered bulk writes of documents that do not depend on each other. A large one (the end of a replay writes tens
 * of thousands of documents) is split in two halves sent at the same time: while the server applies one, the driver
 * encodes the other, and both cores work.
 */
public final class UnorderedBulkWrites {
    static final int SPLIT_FROM = 2_000;
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);
    private static final ExecutorService SECOND_HALVES = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "bulk-write-halves");
        thread.setDaemon(true);
        return thread;
    });

    private UnorderedBulkWrites() {
    }

    public static void write(MongoCollection<Document> collection, List<? extends WriteModel<Document>> writes) {
        if (writes.isEmpty()) {
            return;
        }
        if (writes.size() < SPLIT_FROM) {
            collection.bulkWrite(writes, UNORDERED);
            return;
        }
        int half = writes.size() / 2;
        CompletableFuture<Void> secondHalf = CompletableFuture.runAsync(
                () -> collection.bulkWrite(writes.subList(half, writes.size()), UNORDERED), SECOND_HALVES);
        try {
            collection.bulkWrite(writes.subList(0, half), UNORDERED);
        } catch (RuntimeException firstHalfFailed) {
            // nothing is written in the background once the caller has been told of the failure
            secondHalf.exceptionally(ignored -> null).join();
            throw firstHalfFailed;
        }
        try {
            secondHalf.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
