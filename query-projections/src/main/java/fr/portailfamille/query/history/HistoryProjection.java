package fr.portailfamille.query.history;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import fr.portailfamille.api.AuditMetadata;
import fr.portailfamille.api.audit.FindHistory;
import fr.portailfamille.api.audit.HistoryEntry;
import fr.portailfamille.api.audit.HistorySubject;
import fr.portailfamille.api.family.ChildAdded;
import fr.portailfamille.query.support.DocumentMapper;
import fr.portailfamille.query.support.PerBatch;

/**
 * Every event, filed under the child, family and slot it concerns, oldest first: one document per subject so that
 * a history is read by {@code _id}. A child's events are filed under its family too.
 */
@ProcessingGroup(HistoryProjection.PROCESSING_GROUP)
public class HistoryProjection {
    public static final String PROCESSING_GROUP = "history";
    private static final int DUPLICATE_KEY = 11000;

    private final MongoCollection<Document> subjects;
    private final MongoCollection<Document> familyOfChild;
    /** This projection is the only writer of the child-to-family map, so it may remember it between batches. */
    private final Map<String, String> knownFamilies = new ConcurrentHashMap<>();
    private final PerBatch<Map<String, List<HistoryEntry>>> pending;

    public HistoryProjection(MongoDatabase database) {
        this.subjects = database.getCollection("history");
        this.familyOfChild = database.getCollection("history_child_family");
        this.pending = new PerBatch<>("history", LinkedHashMap::new, this::flush);
    }

    @EventHandler
    public void on(Object payload, EventMessage<?> message, @Timestamp Instant at, TrackingToken token) {
        long position = token.position().orElseThrow();
        EventFacts facts = EventFacts.of(payload);
        if (payload instanceof ChildAdded child) {
            knownFamilies.put(child.childId(), child.familyId());
            familyOfChild.replaceOne(eq("_id", child.childId()), new Document("_id", child.childId())
                    .append("familyId", child.familyId()), new ReplaceOptions().upsert(true));
        }
        if (facts.childId() != null && facts.familyId() == null) {
            facts = facts.withFamily(familyOf(facts.childId()));
        }
        HistoryEntry entry = entry(payload, message, at, position, facts);
        EventFacts filed = facts;
        pending.with(bySubject -> {
            file(bySubject, HistorySubject.CHILD, filed.childId(), entry);
            file(bySubject, HistorySubject.FAMILY, filed.familyId(), entry);
            file(bySubject, HistorySubject.SLOT, filed.slotId(), entry);
        });
    }

    @ResetHandler
    public void reset() {
        subjects.drop();
        familyOfChild.drop();
        knownFamilies.clear();
    }

    @QueryHandler
    public List<HistoryEntry> handle(FindHistory query) {
        Document subject = subjects.find(eq("_id", key(query.subject(), query.id()))).first();
        if (subject == null) {
            return List.of();
        }
        List<HistoryEntry> entries = new ArrayList<>();
        for (Document entry : subject.getList("entries", Document.class)) {
            entries.add(DocumentMapper.fromDocument(entry, HistoryEntry.class));
        }
        entries.sort(Comparator.comparingLong(HistoryEntry::position));
        return entries;
    }

    private static HistoryEntry entry(Object payload, EventMessage<?> message, Instant at, long position,
                                      EventFacts facts) {
        MetaData metaData = message.getMetaData();
        String type = payload.getClass().getSimpleName();
        String aggregateId = message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        return new HistoryEntry(position, at, (String) metaData.get(AuditMetadata.USER_ID),
                (String) metaData.get(AuditMetadata.ROLE), type, aggregateId, facts.childId(), facts.familyId(),
                facts.activityId(), facts.date(), facts.unitId(), HistoryDescriptions.describe(type, facts.details()),
                (String) metaData.get(AuditMetadata.CORRELATION_ID));
    }

    private static void file(Map<String, List<HistoryEntry>> bySubject, HistorySubject subject, String id,
                             HistoryEntry entry) {
        if (id != null) {
            bySubject.computeIfAbsent(key(subject, id), key -> new ArrayList<>()).add(entry);
        }
    }

    /**
     * One update per subject and batch. A subject that already holds this batch's first position (a replay after a
     * crash) does not match the filter; the upsert then collides on {@code _id} and is skipped. Under concurrent
     * writers a lower position may arrive after a higher one (its transaction committed later): it is filed all the
     * same, and the query puts the entries back in the store's order.
     */
    private void flush(Map<String, List<HistoryEntry>> bySubject) {
        if (bySubject.isEmpty()) {
            return;
        }
        List<UpdateOneModel<Document>> updates = new ArrayList<>();
        bySubject.forEach((key, entries) -> updates.add(new UpdateOneModel<>(
                Filters.and(eq("_id", key), Filters.ne("positions", entries.get(0).position())),
                Updates.combine(Updates.pushEach("entries", entries.stream().map(DocumentMapper::toDocument).toList()),
                        Updates.pushEach("positions", entries.stream().map(HistoryEntry::position).toList())),
                new UpdateOptions().upsert(true))));
        try {
            subjects.bulkWrite(updates, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw e;
            }
        }
    }

    private String familyOf(String childId) {
        return knownFamilies.computeIfAbsent(childId, id -> {
            Document child = familyOfChild.find(eq("_id", id)).first();
            return child == null ? null : child.getString("familyId");
        });
    }

    private static String key(HistorySubject subject, String id) {
        return subject.name().toLowerCase() + ":" + id;
    }
}
