package fr.portailfamille.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventStorageConfigurationTest {
    private static final int EVENTS = 2_000;
    private static final List<Long> NEVER_WRITTEN = List.of(1_500L, 1_960L);

    private final EventSchema schema = new EventSchema();
    private Connection connection;

    @BeforeEach
    void storeWithTwoHoles() throws SQLException, IOException {
        connection = DriverManager.getConnection("jdbc:h2:mem:gaps;DB_CLOSE_DELAY=-1");
        try (Statement statement = connection.createStatement();
             InputStream migration = getClass().getResourceAsStream("/db/migration/h2/V1__axon_event_store.sql")) {
            statement.execute(new String(migration.readAllBytes(), StandardCharsets.UTF_8));
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO DomainEventEntry (globalIndex, "
                + "aggregateIdentifier, sequenceNumber, type, eventIdentifier, payload, payloadType, timeStamp) "
                + "VALUES (?, ?, 0, 'Slot', ?, X'7B7D', 'Reserved', '2026-11-28T09:30:00Z')")) {
            for (long index = 1; index <= EVENTS; index++) {
                if (!NEVER_WRITTEN.contains(index)) {
                    insert.setLong(1, index);
                    insert.setString(2, "slot-" + index);
                    insert.setString(3, "event-" + index);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    @AfterEach
    void dropStore() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP ALL OBJECTS");
        }
        connection.close();
    }

    @Test
    void readsTheEventsAfterTheTokenAndThoseOfItsGapsInOrder() throws SQLException {
        List<Long> gaps = List.of(1_500L, 1_940L, 1_955L, 1_960L);

        List<Long> read = new ArrayList<>();
        try (PreparedStatement statement = EventStorageConfiguration.readEventsAfterTokenWithGaps(connection, schema,
                1_970, 10, gaps); ResultSet events = statement.executeQuery()) {
            while (events.next()) {
                read.add(events.getLong(schema.globalIndexColumn()));
            }
        }

        assertThat(read).containsExactly(1_940L, 1_955L, 1_971L, 1_972L, 1_973L, 1_974L, 1_975L, 1_976L, 1_977L,
                1_978L, 1_979L, 1_980L);
    }

    @Test
    void readsThroughThePrimaryKeyNotTheWholeTable() throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet plan = statement.executeQuery(
                "EXPLAIN " + EventStorageConfiguration.eventsAfterTokenWithGaps(schema, 2)
                        .replaceFirst("\\?", "1970").replaceFirst("\\?", "1980")
                        .replaceFirst("\\?", "1940").replaceFirst("\\?", "1955"))) {
            plan.next();
            assertThat(plan.getString(1))
                    .containsPattern("PRIMARY_KEY_\\w+: GLOBALINDEX > CAST\\(1970 AS BIGINT\\)")
                    .containsPattern("PRIMARY_KEY_\\w+: GLOBALINDEX IN\\(1940, 1955\\)");
        }
    }
}
