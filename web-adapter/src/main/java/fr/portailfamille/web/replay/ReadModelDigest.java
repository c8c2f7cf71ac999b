package fr.portailfamille.web.replay;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoDatabase;

import fr.portailfamille.query.support.DocumentsById;

/**
 * A fingerprint of every read-model collection: SHA-256 over its documents in {@code _id} order. Two equal
 * digests mean a rebuilt read model equals the live one, document for document.
 */
public final class ReadModelDigest {
    private static final int HASHED_AT_ONCE = 1_000;
    /** Not read models: Axon's own collections, uploaded files, keys, the mark of a rebuild under way. */
    private static final String[] NOT_READ_MODELS = {"axon_", "fs.", "system.", "family_keys", "documents.",
            ReadModelRebuild.MARKER_COLLECTION};
    private static final int DIGESTED_AT_ONCE = 2;
    private static final ExecutorService DIGESTING = digestingThreads();

    private ReadModelDigest() {
    }

    /**
     * Collections are digested two at a time: reading one goes back and forth between the embedded server's workers
     * and the reading thread, leaving a core idle, and staff wait for both digests of a rebuild. The threads are their
     * own, not the JVM's common pool, which a digest would block for seconds.
     */
    static Map<String, String> of(MongoDatabase database) {
        Map<String, CompletableFuture<String>> digesting = new TreeMap<>();
        readModelCollections(database).forEach(collection -> digesting.put(collection,
                CompletableFuture.supplyAsync(() -> digest(database, collection), DIGESTING)));
        Map<String, String> digests = new TreeMap<>();
        try {
            digesting.forEach((collection, digest) -> digests.put(collection, digest.join()));
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return digests;
    }

    /** The names of the read-model collections of {@code database}: those a rebuild compares. */
    public static List<String> readModelCollections(MongoDatabase database) {
        List<String> readModels = new ArrayList<>();
        for (String collection : database.listCollectionNames()) {
            if (isReadModel(collection)) {
                readModels.add(collection);
            }
        }
        return readModels;
    }

    private static boolean isReadModel(String collection) {
        for (String prefix : NOT_READ_MODELS) {
            if (collection.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }

    /** Documents are held {@link #HASHED_AT_ONCE} at a time, whatever the size of the read model. */
    private static String digest(MongoDatabase database, String collection) {
        MessageDigest sha256 = sha256();
        DocumentsById.readAllInSlices(database.getCollection(collection), HASHED_AT_ONCE, slice -> slice.forEach(
                document -> sha256.update(canonical(document).toString().getBytes(StandardCharsets.UTF_8))));
        return HexFormat.of().formatHex(sha256.digest());
    }

    /**
     * The value with its fields in name order and its lists in a fixed order: events of different aggregates reach
     * the live read models in commit order, which a concurrent load makes differ from the order of the store that a
     * replay follows, so fields and list entries may be placed differently and still say the same thing.
     */
    private static Object canonical(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((key, field) -> sorted.put(key.toString(), canonical(field)));
            return sorted;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ReadModelDigest::canonical).map(String::valueOf).sorted().toList();
        }
        return value;
    }

    /** Up to {@link #DIGESTED_AT_ONCE} daemon threads, let go a minute after a rebuild's digest. */
    private static ExecutorService digestingThreads() {
        ThreadPoolExecutor threads = new ThreadPoolExecutor(DIGESTED_AT_ONCE, DIGESTED_AT_ONCE, 1, TimeUnit.MINUTES,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "read-model-digest");
                    thread.setDaemon(true);
                    return thread;
                });
        threads.allowCoreThreadTimeOut(true);
        return threads;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
