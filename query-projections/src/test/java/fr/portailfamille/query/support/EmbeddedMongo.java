package fr.portailfamille.query.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** A fresh in-memory MongoDB-compatible server per test, reached through the real driver. */
public class EmbeddedMongo implements BeforeEachCallback, AfterEachCallback {
    private MongoServer server;
    private MongoClient client;

    @Override
    public void beforeEach(ExtensionContext context) {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        client.close();
        server.shutdown();
    }

    public MongoDatabase database() {
        return client.getDatabase("portail-test");
    }
}
