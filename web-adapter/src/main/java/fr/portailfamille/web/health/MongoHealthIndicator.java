package fr.portailfamille.web.health;

import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoDatabase;

/** The read-model store answers a ping. */
@Component("mongo")
public class MongoHealthIndicator extends AbstractHealthIndicator {
    private final MongoDatabase database;

    public MongoHealthIndicator(MongoDatabase database) {
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        database.runCommand(new Document("ping", 1));
        builder.up().withDetail("database", database.getName());
    }
}
