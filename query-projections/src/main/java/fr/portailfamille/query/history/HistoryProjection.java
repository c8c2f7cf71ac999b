package fr.portailfamille.query.history;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import fr.portailfamille.api.AuditMetadata;
import fr.portailfamille.api.audit.FindHistory;
import fr.portailfamille.api.audit.HistoryEntry;
import fr.portailfamille.api.audit.HistorySubject;
import fr.portailfamille.api.family.ChildAdded;
import fr.portailfamille.query.support.DocumentMapper;

/**
 * Every event, filed under the child, family and slot it concerns, oldest first: one document per subject so that
 * a history is read by {@code _id}. A child's events are filed under its family too.
 */
@ProcessingGroup(HistoryProjection.PROCESSING_GROUP)
public class HistoryProjection {
    public static final String PROCESSING_GROUP = "history";

    private final MongoCollection<Document> subjects;
    private final MongoCollection<Document> familyOfChild;

    public HistoryProjection(MongoDatabase database) {
        this.subjects = database.getCollection("history");
        this.familyOfChild = database.getCollection("history_child_family");
    }

    @EventHandler
    public void on(Object payload, EventMessage<?> message, @Timestamp Instant at, TrackingToken token) {
        long position = token.position().orElseThrow();
        EventFacts facts = EventFacts.of(payload);
        if (payload instanceof ChildAdded child) {
            familyOfChild.replaceOne(eq("_id", child.childId()), new Document("_id", child.childId())
                    .append("familyId", child.familyId()), new ReplaceOptions().upsert(true));
        }
        if (facts.childId() != null && facts.familyId() == null) {
            facts = facts.withFamily(familyOf(facts.childId()));
        }
        HistoryEntry entry = entry(payload, message, at, position, facts);
        file(HistorySubject.CHILD, facts.childId(), entry);
        file(HistorySubject.FAMILY, facts.familyId(), entry);
        file(HistorySubject.SLOT, facts.slotId(), entry);
    }

    @ResetHandler
    public void reset() {
        subjects.drop();
        familyOfChild.drop();
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

    /** Appends once: a replayed event whose position is already filed is skipped. */
    private void file(HistorySubject subject, String id, HistoryEntry entry) {
        if (id == null) {
            return;
        }
        String key = key(subject, id);
        Document existing = subjects.find(eq("_id", key)).projection(new Document("lastPosition", 1)).first();
        if (existing != null && existing.getLong("lastPosition") >= entry.position()) {
            return;
        }
        subjects.updateOne(eq("_id", key), Updates.combine(
                Updates.push("entries", DocumentMapper.toDocument(entry)),
                Updates.set("lastPosition", entry.position())), new UpdateOptions().upsert(true));
    }

    private String familyOf(String childId) {
        Document child = familyOfChild.find(eq("_id", childId)).first();
        return child == null ? null : child.getString("familyId");
    }

    private static String key(HistorySubject subject, String id) {
        return subject.name().toLowerCase() + ":" + id;
    }
}
