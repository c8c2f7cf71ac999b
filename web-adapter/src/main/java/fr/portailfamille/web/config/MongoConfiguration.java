package fr.portailfamille.web.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import org.h2.mvstore.MVStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import de.bwaldvogel.mongo.MongoServer;
import fr.portailfamille.web.config.embedded.ValueOrderedH2Backend;

/**
 * Read models and tracking tokens live in MongoDB: the one at {@code spring.data.mongodb.uri} when it is set,
 * otherwise an embedded MongoDB-wire-compatible server on 127.0.0.1 whose files sit under the data directory.
 * Either way the application talks to it through the real MongoDB driver.
 */
@Configuration(proxyBeanMethods = false)
public class MongoConfiguration {
    /**
     * The size at which the embedded store splits a page of documents. A page is encoded whole at the store's next
     * commit when any document in it changes: with H2's 16 KiB a changed grid, day or billing document had its
     * neighbours encoded again with it, two to seven of them.
     */
    static final int PAGE_SPLIT_SIZE = 4 * 1024;

    @Bean(destroyMethod = "close")
    public MongoEndpoint mongoEndpoint(@Value("${spring.data.mongodb.uri:}") String uri,
                                       PortailProperties properties) {
        if (!uri.isBlank()) {
            return new MongoEndpoint(new ConnectionString(uri), null);
        }
        MongoServer server = startEmbeddedServer(properties);
        InetSocketAddress address = server.getLocalAddress();
        return new MongoEndpoint(new ConnectionString("mongodb://127.0.0.1:" + address.getPort()), server);
    }

    @Bean(destroyMethod = "close")
    public MongoClient mongoClient(MongoEndpoint endpoint) {
        return MongoClients.create(endpoint.connectionString());
    }

    @Bean
    public MongoDatabase mongoDatabase(MongoClient client, PortailProperties properties) {
        return client.getDatabase(properties.mongo().database());
    }

    /** Where the driver connects, and the embedded server to stop with the application, if any. */
    public record MongoEndpoint(ConnectionString connectionString, MongoServer embeddedServer)
            implements AutoCloseable {
        @Override
        public void close() {
            if (embeddedServer != null) {
                embeddedServer.shutdown();
            }
        }
    }

    private static MongoServer startEmbeddedServer(PortailProperties properties) {
        Path directory = properties.dataDir().resolve("readmodels");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
        MongoServer server = new MongoServer(new ValueOrderedH2Backend(new MVStore.Builder()
                .fileName(directory.resolve("mongo.mv").toString()).pageSplitSize(PAGE_SPLIT_SIZE).open()));
        server.bind("127.0.0.1", properties.mongo().embeddedPort());
        return server;
    }
}
