package fr.portailfamille.web.config;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the embedded event store (H2 file database) at {@code portail.data-dir}, resolved to an absolute path so
 * that any relative directory works, unless a datasource is configured explicitly (PostgreSQL).
 */
public class EmbeddedEventStoreEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty("portail.data-dir", "data")).toAbsolutePath().normalize();
        String url = "jdbc:h2:file:" + dataDir.resolve("eventstore").resolve("events") + ";DB_CLOSE_ON_EXIT=FALSE";
        environment.getPropertySources().addLast(new MapPropertySource("portailEmbeddedEventStore",
                Map.of("spring.datasource.url", url)));
    }
}
