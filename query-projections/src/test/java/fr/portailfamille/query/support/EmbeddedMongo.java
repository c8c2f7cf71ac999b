package fr.portailfamille.query.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * An in-memory MongoDB-compatible server reached through the real driver, one per test: close it after the test,
 * or register it with {@code @RegisterExtension} and it closes itself.
 */
public final class EmbeddedMongo implements AutoCloseable, AfterEachCallback {
    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());

    public MongoDatabase database() {
        return client.getDatabase("test");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        client.close();
        server.shutdown();
    }
}
