package fr.portailfamille.web.config;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Axon's JDBC engine whose events read their stored time once, through {@link StoredInstants}. The tracked events'
 * tokens are made as Axon's engine makes them, from the same settings, which the builder is given here: they are
 * private to Axon's engine.
 */
final class TimestampParsingJdbcEngine extends JdbcEventStorageEngine {
    private static final long LOWEST_GLOBAL_SEQUENCE = 1;
    private static final int MAX_GAP_OFFSET = 10_000;
    private static final int GAP_TIMEOUT_MILLIS = 60_000;

    TimestampParsingJdbcEngine(JdbcEventStorageEngine.Builder builder) {
        super(builder.lowestGlobalSequence(LOWEST_GLOBAL_SEQUENCE).maxGapOffset(MAX_GAP_OFFSET)
                .gapTimeout(GAP_TIMEOUT_MILLIS));
    }

    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet resultSet, GapAwareTrackingToken previousToken)
            throws SQLException {
        EventSchema schema = schema();
        long globalSequence = resultSet.getLong(schema.globalIndexColumn());
        String aggregateIdentifier = resultSet.getString(schema.aggregateIdentifierColumn());
        String eventIdentifier = resultSet.getString(schema.eventIdentifierColumn());
        StoredEventEntry<?> event = entry(resultSet,
                eventIdentifier.equals(aggregateIdentifier) ? null : aggregateIdentifier, eventIdentifier);
        boolean allowGaps = event.getTimestamp().isAfter(
                GenericEventMessage.clock.instant().minus(GAP_TIMEOUT_MILLIS, ChronoUnit.MILLIS));
        GapAwareTrackingToken token;
        if (previousToken == null) {
            token = GapAwareTrackingToken.newInstance(globalSequence, allowGaps
                    ? LongStream.range(Math.min(LOWEST_GLOBAL_SEQUENCE, globalSequence), globalSequence).boxed()
                    .collect(Collectors.toCollection(TreeSet::new))
                    : Collections.emptySortedSet());
        } else {
            token = previousToken.advanceTo(globalSequence, allowGaps ? MAX_GAP_OFFSET : 0);
        }
        return new TrackedDomainEventData<>(token, event);
    }

    @Override
    protected DomainEventData<?> getDomainEventData(ResultSet resultSet) throws SQLException {
        return entry(resultSet, resultSet.getString(schema().aggregateIdentifierColumn()),
                resultSet.getString(schema().eventIdentifierColumn()));
    }

    @Override
    protected DomainEventData<?> getSnapshotData(ResultSet resultSet) throws SQLException {
        return getDomainEventData(resultSet);
    }

    private StoredEventEntry<?> entry(ResultSet resultSet, String aggregateIdentifier, String eventIdentifier)
            throws SQLException {
        EventSchema schema = schema();
        return new StoredEventEntry<>(resultSet.getString(schema.typeColumn()), aggregateIdentifier,
                resultSet.getLong(schema.sequenceNumberColumn()), eventIdentifier,
                readTimeStamp(resultSet, schema.timestampColumn()).toString(),
                resultSet.getString(schema.payloadTypeColumn()),
                resultSet.getString(schema.payloadRevisionColumn()), readPayload(resultSet, schema.payloadColumn()),
                readPayload(resultSet, schema.metaDataColumn()));
    }

    /** An event as stored, its time parsed once: Axon's entry parses its text at each call. */
    private static final class StoredEventEntry<T> extends GenericDomainEventEntry<T> {
        private final String storedTime;
        private Instant timestamp;

        StoredEventEntry(String type, String aggregateIdentifier, long sequenceNumber, String eventIdentifier,
                         String storedTime, String payloadType, String payloadRevision, T payload, T metaData) {
            super(type, aggregateIdentifier, sequenceNumber, eventIdentifier, storedTime, payloadType,
                    payloadRevision, payload, metaData);
            this.storedTime = storedTime;
        }

        /** Threads that race parse twice and keep either: an {@link Instant} is immutable. */
        @Override
        public Instant getTimestamp() {
            Instant parsed = timestamp;
            if (parsed == null) {
                parsed = StoredInstants.parse(storedTime);
                timestamp = parsed;
            }
            return parsed;
        }
    }
}
