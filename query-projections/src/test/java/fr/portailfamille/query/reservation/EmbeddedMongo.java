package fr.portailfamille.query.reservation;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** An in-memory MongoDB-compatible server reached through the real driver, one per test. */
final class EmbeddedMongo implements AutoCloseable {
    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    final MongoDatabase database = client.getDatabase("portail-test");

    @Override
    public void close() {
        client.close();
        server.shutdown();
    }
}
