package fr.portailfamille.web.config;

import java.nio.file.Path;
import java.time.Instant;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The portal's own settings. {@code demoData} unset means: load the demo commune when running fully embedded.
 */
@ConfigurationProperties(prefix = "portail")
public record PortailProperties(Path dataDir, Boolean demoData, Clock clock, Mongo mongo) {

    public PortailProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        clock = clock == null ? new Clock(null) : clock;
        mongo = mongo == null ? new Mongo(0, "portail") : mongo;
    }

    /** {@code start}: the instant at which the application clock starts, then runs in real time. */
    public record Clock(Instant start) {
    }

    /** Port of the embedded MongoDB-compatible server (0: any free port) and the database name. */
    public record Mongo(int embeddedPort, String database) {
        public Mongo {
            database = database == null ? "portail" : database;
        }
    }
}
