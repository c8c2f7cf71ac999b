package fr.portailfamille.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TimestampParsingJdbcEngineTest {
    private static final int EVENTS = 40;
    /** Gaps are kept for a minute after their events' time, as the clock of Axon's messages tells it. */
    private static final Instant NOW = Instant.parse("2026-11-28T09:30:00.250Z");

    private final Clock clockBefore = GenericEventMessage.clock;

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private Connection keptOpen;

    @BeforeEach
    void emptyStore() throws SQLException, IOException {
        GenericEventMessage.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        dataSource.setURL("jdbc:h2:mem:timestamps;DB_CLOSE_DELAY=-1");
        keptOpen = dataSource.getConnection();
        try (Statement statement = keptOpen.createStatement();
             InputStream migration = getClass().getResourceAsStream("/db/migration/h2/V1__axon_event_store.sql")) {
            statement.execute(new String(migration.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @AfterEach
    void dropStore() throws SQLException {
        try (Statement statement = keptOpen.createStatement()) {
            statement.execute("DROP ALL OBJECTS");
        }
        keptOpen.close();
        GenericEventMessage.clock = clockBefore;
    }

    @Test
    void givenOldAndRecentEventsWithHolesBetween_whenTracked_thenEachHasTheTokenAndTimeAxonsEngineGivesIt()
            throws SQLException {
        JdbcEventStorageEngine ours = new TimestampParsingJdbcEngine(builder());
        ours.appendEvents(events(NOW.minus(Duration.ofDays(3)), NOW.minusSeconds(5)));
        try (Statement statement = keptOpen.createStatement()) {
            statement.executeUpdate("DELETE FROM DomainEventEntry WHERE globalIndex IN (7, 31, 32)");
        }

        List<String> oursRead = tracked(ours);

        assertThat(oursRead).hasSize(EVENTS - 3).isEqualTo(tracked(builder().build()));
        assertThat(oursRead.get(EVENTS - 4)).contains("gaps=[31, 32]");
    }

    @Test
    void givenAnAggregatesEventsAndSnapshot_whenRead_thenTheyHaveTheTimesAxonsEngineGivesThem() {
        JdbcEventStorageEngine ours = new TimestampParsingJdbcEngine(builder());
        List<DomainEventMessage<?>> events = events(Instant.parse("2026-09-01T05:30:00.007Z"),
                Instant.parse("2026-09-01T06:30:00Z"));
        ours.appendEvents(events);
        ours.storeSnapshot(events.get(EVENTS - 1));
        JdbcEventStorageEngine axons = builder().build();

        Function<JdbcEventStorageEngine, List<String>> read = engine -> engine.readEvents("slot-1").asStream()
                .map(event -> event.getSequenceNumber() + " " + event.getTimestamp()).toList();
        assertThat(read.apply(ours)).hasSize(EVENTS).isEqualTo(read.apply(axons))
                .startsWith("0 2026-09-01T05:30:00.007Z");
        assertThat(ours.readSnapshot("slot-1").map(DomainEventMessage::getTimestamp))
                .isEqualTo(axons.readSnapshot("slot-1").map(DomainEventMessage::getTimestamp))
                .contains(events.get(EVENTS - 1).getTimestamp());
    }

    private JdbcEventStorageEngine.Builder builder() {
        return JdbcEventStorageEngine.builder()
                .connectionProvider(dataSource::getConnection)
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(JacksonSerializer.defaultSerializer())
                .snapshotSerializer(JacksonSerializer.defaultSerializer());
    }

    /** One aggregate's events: the first half from {@code first} on, the others a second apart up to {@code later}. */
    private static List<DomainEventMessage<?>> events(Instant first, Instant later) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (int sequence = 0; sequence < EVENTS; sequence++) {
            Instant at = sequence < EVENTS / 2 ? first.plusMillis(sequence)
                    : later.plus(sequence * 1_003L, ChronoUnit.MILLIS).minusSeconds(EVENTS);
            events.add(new GenericDomainEventMessage<>("Slot", "slot-1", sequence, "payload-" + sequence,
                    MetaData.with("role", "PARENT"), "event-" + sequence, at));
        }
        return events;
    }

    private static List<String> tracked(JdbcEventStorageEngine engine) {
        List<? extends EventMessage<?>> read;
        try (var stream = engine.readEvents(null, false)) {
            read = stream.toList();
        }
        return read.stream().map(event -> (TrackedEventMessage<?>) event)
                .map(event -> event.trackingToken() + " " + event.getIdentifier() + " " + event.getTimestamp() + " "
                        + event.getPayload())
                .toList();
    }
}
