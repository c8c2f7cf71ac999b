package fr.portailfamille.query.history;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import fr.portailfamille.api.AuditMetadata;
import fr.portailfamille.api.audit.FindHistory;
import fr.portailfamille.api.audit.HistoryEntry;
import fr.portailfamille.api.audit.HistorySubject;
import fr.portailfamille.api.billing.CreditNoteApplied;
import fr.portailfamille.api.billing.CreditNoteIssued;
import fr.portailfamille.api.billing.InvoiceIssued;
import fr.portailfamille.api.billing.InvoiceLine;
import fr.portailfamille.api.family.ChildAdded;
import fr.portailfamille.query.support.BatchDocuments;
import fr.portailfamille.query.support.DocumentMapper;
import fr.portailfamille.query.support.HeldReplayWrites;
import fr.portailfamille.query.support.MongoKeys;
import fr.portailfamille.query.support.PerBatch;
import fr.portailfamille.query.support.ReshapedReadModel;
import fr.portailfamille.query.support.UnorderedBulkWrites;

/**
 * Every event, filed under the child, family and slot it concerns: a child's events are filed under its family too,
 * an invoice under every child its lines bill, a credit note under the children of the invoice it credits, and a
 * credit deducted from a later invoice under the children that invoice bills.
 * A subject's entries are split into buckets, each under a key made of its aggregate and sequence number, and the
 * subject's own document lists its buckets. An entry is kept once, as one JSON string, in the bucket of the first
 * subject it is filed under (its first child, else its family, else its slot); the buckets of its other subjects hold,
 * under the same key, a reference to that bucket ({@code @} and the bucket's id). The history is most of what a
 * rebuild writes: filed whole under each subject, it took 69 % of the write of the rebuilt read models at 400
 * families. A child's or a family's entries are bucketed by month, the month of the day they concern (a reservation,
 * an attendance) or else of their event time, and each month is split into {@link #PARTS_OF_A_MONTH} buckets by the
 * entry's key ({@code child:…#2027-01/3}): the embedded server reads and writes a whole bucket for each write that
 * adds to it. By event time, a year of typical weeks sent at once filled one month's buckets with hundreds of entries
 * each, and every staff decision on them rewrote such a bucket: the history caught up with 48,362 decisions 9 to 14 s
 * after the last at 400 families. Eight parts of each month concerned, many more buckets than those of event time,
 * made the full commune's replay a quarter slower; four keep the decisions' buckets small and the replay as fast.
 * A slot's bucket holds {@link #SLOT_BUCKET} events of the slot's own stream ({@code slot:…#s3}), since a busy day
 * takes the whole commune's bookings within a few minutes. A history is then
 * read by {@code _id}; every write selects by {@code _id} alone (the embedded server scans the whole collection for
 * any other filter) and costs what a bucket weighs, not a whole history; and filing an event again, live or in a
 * replay, puts the same entry under the same key, and in the same bucket. The store position is not used: an event
 * committed late by a concurrent writer reaches a live processor with the position of a later event.
 */
@ProcessingGroup(HistoryProjection.PROCESSING_GROUP)
public class HistoryProjection implements HeldReplayWrites, ReshapedReadModel {
    public static final String PROCESSING_GROUP = "history";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final ReplaceOptions REPLACE_UPSERT = new ReplaceOptions().upsert(true);
    private static final String BUCKETS = "buckets";
    private static final String ENTRIES = "entries";
    private static final String CHILD_IDS = "childIds";
    /** Starts the value of an entry kept in another subject's bucket: a JSON entry starts with a brace. */
    private static final String REFERENCE = "@";
    static final long SLOT_BUCKET = 128;
    static final int PARTS_OF_A_MONTH = 4;
    /**
     * Written into an empty collection: a collection without it holds buckets of whole months, as before the ninth
     * session on #7, one marked {@code month-parts} buckets of the months of event time, as until the twenty-fourth,
     * and one marked {@code parts-of-the-month-concerned} eight parts of the month concerned, as in the twenty-fourth.
     * The count of parts is in the mark, as an entry filed again must go to the bucket it went to. Looked for by
     * {@code _id}, as the collection is too large to scan at each start.
     */
    private static final Document SHAPE = new Document("_id", "~shape")
            .append("childAndFamilyBuckets", "parts-of-the-month-concerned/" + PARTS_OF_A_MONTH);
    /** The most entries a batch gives a bucket by {@code $set} rather than by rewriting it. */
    static final int SET_AT_MOST = 64;
    /**
     * What a filing held by a replay takes in memory: an entry of a few hundred bytes filed under two or three
     * subjects. The buckets written in the middle of a replay are read and written whole again by the next write (a
     * 40-family replay wrote 60 MB instead of 25 when 50,000 filings were held).
     */
    private static final long BYTES_EACH_FILING = 400;
    /**
     * Oldest first; events of the same millisecond (all the store keeps of their time) by when their command was sent,
     * then in their aggregate's order.
     */
    private static final Comparator<HistoryEntry> OLDEST_FIRST = Comparator.comparing(HistoryEntry::at)
            .thenComparing(HistoryEntry::dispatchedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(HistoryEntry::aggregateId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(HistoryEntry::sequence);

    private final MongoCollection<Document> subjects;
    private final MongoCollection<Document> familyOfChild;
    private final MongoCollection<Document> childrenOfInvoice;
    /** This projection is the only writer of the child-to-family map, so it may remember it between batches. */
    private final Map<String, String> knownFamilies = new ConcurrentHashMap<>();
    /** Likewise for the children each invoice bills, which its credit notes concern too. */
    private final Map<String, List<String>> knownInvoices = new ConcurrentHashMap<>();
    /** The buckets ({@code subject#bucket}) known to be listed by their subject's document. */
    private final Set<String> listedBuckets = ConcurrentHashMap.newKeySet();
    /**
     * Whether {@link #listedBuckets} names every bucket there is: true from an empty collection on (a reset, a new
     * portal), so that a bucket it does not name is new and is written whole, neither read nor updated.
     */
    private volatile boolean everyBucketListed;
    private final PerBatch<Filings> pending;

    public HistoryProjection(MongoDatabase database) {
        this.subjects = database.getCollection("history");
        this.familyOfChild = database.getCollection("history_child_family");
        this.childrenOfInvoice = database.getCollection("history_invoice_children");
        // a replay's batch files into the filings held before it: merging each batch into them cost the handling
        // what sorting them by bucket had cost the last write
        this.pending = new PerBatch<>("history", (payloads, held) -> held == null ? new Filings() : held);
        this.everyBucketListed = subjects.estimatedDocumentCount() == 0;
        if (everyBucketListed) {
            markShape();
        }
    }

    private void markShape() {
        subjects.replaceOne(eq("_id", SHAPE.getString("_id")), SHAPE, REPLACE_UPSERT);
    }

    @Override
    public boolean holdsEarlierShape() {
        if (subjects.estimatedDocumentCount() == 0) {
            return false;
        }
        return !SHAPE.equals(subjects.find(eq("_id", SHAPE.getString("_id"))).first());
    }

    @EventHandler
    public void on(Object payload, EventMessage<?> message, @Timestamp Instant at) {
        EventFacts facts = EventFacts.of(payload);
        if (payload instanceof ChildAdded child) {
            knownFamilies.put(child.childId(), child.familyId());
            familyOfChild.replaceOne(eq("_id", child.childId()), new Document("_id", child.childId())
                    .append("familyId", child.familyId()), REPLACE_UPSERT);
        }
        if (payload instanceof InvoiceIssued invoice) {
            List<String> billed = invoice.lines().stream().map(InvoiceLine::childId).distinct().toList();
            knownInvoices.put(invoice.invoiceId(), billed);
            childrenOfInvoice.replaceOne(eq("_id", invoice.invoiceId()), new Document("_id", invoice.invoiceId())
                    .append(CHILD_IDS, billed), REPLACE_UPSERT);
        }
        if (facts.childId() != null && facts.familyId() == null) {
            facts = facts.withFamily(familyOf(facts.childId()));
        }
        HistoryEntry entry = entry(payload, message, at, facts);
        String key = entryKey(message, entry);
        String json = DocumentMapper.toJson(entry);
        String monthPart = monthPart(entry, key);
        String slotStreamPart = "s" + entry.sequence() / SLOT_BUCKET;
        EventFacts concerned = facts;
        pending.with(filings -> {
            EntryFiler filer = new EntryFiler(filings, key, json);
            childrenConcerned(payload, concerned).forEach(child -> filer.file(HistorySubject.CHILD, child, monthPart));
            filer.file(HistorySubject.FAMILY, concerned.familyId(), monthPart);
            filer.file(HistorySubject.SLOT, concerned.slotId(), slotStreamPart);
        });
    }

    /** Files one entry under each of its subjects: whole under the first, as a reference to it under the others. */
    private static final class EntryFiler {
        private final Filings filings;
        private final String key;
        private final String json;
        private String home;

        EntryFiler(Filings filings, String key, String json) {
            this.filings = filings;
            this.key = key;
            this.json = json;
        }

        void file(HistorySubject subject, String id, String bucket) {
            if (id == null) {
                return;
            }
            String subjectKey = key(subject, id);
            if (home == null) {
                home = bucketId(subjectKey, bucket);
                filings.file(subjectKey, bucket, key, json);
            } else {
                filings.file(subjectKey, bucket, key, REFERENCE + home);
            }
        }
    }

    /**
     * The event's child; for an invoice, every child its lines bill; for a credit note, those of the invoice it
     * credits; for a credit deducted, those of the invoice it is deducted from.
     */
    private Collection<String> childrenConcerned(Object payload, EventFacts facts) {
        if (payload instanceof InvoiceIssued invoice) {
            return childrenBilledBy(invoice.invoiceId());
        }
        if (payload instanceof CreditNoteIssued creditNote) {
            return childrenBilledBy(creditNote.invoiceId());
        }
        if (payload instanceof CreditNoteApplied deducted) {
            return childrenBilledBy(deducted.invoiceId());
        }
        return facts.childId() == null ? Set.of() : Set.of(facts.childId());
    }

    private List<String> childrenBilledBy(String invoiceId) {
        return knownInvoices.computeIfAbsent(invoiceId, id -> {
            Document invoice = childrenOfInvoice.find(eq("_id", id)).first();
            return invoice == null ? List.of() : invoice.getList(CHILD_IDS, String.class);
        });
    }

    @ResetHandler
    public void reset() {
        pending.forgetHeld();
        subjects.drop();
        familyOfChild.drop();
        childrenOfInvoice.drop();
        knownFamilies.clear();
        knownInvoices.clear();
        listedBuckets.clear();
        everyBucketListed = true;
        markShape();
    }

    @QueryHandler
    public List<HistoryEntry> handle(FindHistory query) {
        String key = key(query.subject(), query.id());
        Document subject = subjects.find(eq("_id", key)).first();
        if (subject == null) {
            return List.of();
        }
        List<String> buckets = subject.getList(BUCKETS, String.class).stream()
                .map(bucket -> bucketId(key, bucket)).toList();
        List<HistoryEntry> entries = new ArrayList<>();
        Map<String, List<String>> keptElsewhere = new LinkedHashMap<>();
        for (Document bucket : subjects.find(in("_id", buckets))) {
            bucket.get(ENTRIES, Document.class).forEach((entryKey, value) -> {
                String text = (String) value;
                if (text.startsWith(REFERENCE)) {
                    keptElsewhere.computeIfAbsent(text.substring(REFERENCE.length()), home -> new ArrayList<>())
                            .add(entryKey);
                } else {
                    entries.add(DocumentMapper.fromJson(text, HistoryEntry.class));
                }
            });
        }
        if (!keptElsewhere.isEmpty()) {
            for (Document home : subjects.find(in("_id", List.copyOf(keptElsewhere.keySet())))) {
                Document kept = home.get(ENTRIES, Document.class);
                // a batch whose write of the home failed and was not yet made again: its entry is missing for now
                keptElsewhere.get(home.getString("_id")).stream().map(kept::getString).filter(Objects::nonNull)
                        .forEach(json -> entries.add(DocumentMapper.fromJson(json, HistoryEntry.class)));
            }
        }
        entries.sort(OLDEST_FIRST);
        return entries;
    }

    private static HistoryEntry entry(Object payload, EventMessage<?> message, Instant at, EventFacts facts) {
        MetaData metaData = message.getMetaData();
        String type = payload.getClass().getSimpleName();
        DomainEventMessage<?> domain = message instanceof DomainEventMessage<?> event ? event : null;
        return new HistoryEntry(domain == null ? 0 : domain.getSequenceNumber(), at,
                (String) metaData.get(AuditMetadata.USER_ID), (String) metaData.get(AuditMetadata.ROLE), type,
                domain == null ? null : domain.getAggregateIdentifier(), facts.childId(), facts.familyId(),
                facts.activityId(), facts.date(), facts.unitId(), HistoryDescriptions.describe(type, facts.details()),
                (String) metaData.get(AuditMetadata.CORRELATION_ID), dispatchedAt(metaData));
    }

    private static Instant dispatchedAt(MetaData metaData) {
        Object sentAt = metaData.get(AuditMetadata.DISPATCHED_AT);
        return sentAt == null ? null : SentInstants.parse(sentAt.toString());
    }

    /** The same for an event however often it is handled: its aggregate and number there, else its identifier. */
    private static String entryKey(EventMessage<?> message, HistoryEntry entry) {
        return entry.aggregateId() == null ? MongoKeys.of(message.getIdentifier())
                : MongoKeys.of(entry.aggregateId(), Long.toString(entry.sequence()));
    }

    @Override
    public List<PerBatch<?>> heldWrites() {
        return List.of(pending);
    }

    /**
     * The entries a batch files, by subject and by bucket of the subject; during a replay, those of the batches held so
     * far. Held by the bucket they will be written to: a replay's end wrote 475,000 filings at 400 families, and
     * sorting them into buckets then took as long again as the write.
     */
    private final class Filings implements PerBatch.Buffer<Filings> {
        private final Map<String, Map<String, BucketFilings>> bySubject = new LinkedHashMap<>();
        private int count;

        void file(String subjectKey, String bucket, String key, String value) {
            bySubject.computeIfAbsent(subjectKey, any -> new LinkedHashMap<>())
                    .computeIfAbsent(bucket, any -> new BucketFilings()).add(key, value);
            count++;
        }

        /** A batch is given the filings held before it, if any, and files into them: there is nothing to take over. */
        @Override
        public void absorb(Filings later) {
            if (later != this) {
                throw new IllegalStateException("a batch files into the filings held before it");
            }
        }

        @Override
        public long heldBytes() {
            return count * BYTES_EACH_FILING;
        }

        @Override
        public void flush() {
            HistoryProjection.this.flush(bySubject);
        }
    }

    /**
     * A bucket's filings in the order they came, each key beside its entry or reference: two references a filing
     * rather than a map's entry object, fewer objects for the replay's collector to copy from pause to pause.
     */
    private static final class BucketFilings {
        private final List<String> keys = new ArrayList<>();
        private final List<String> values = new ArrayList<>();

        void add(String key, String value) {
            keys.add(key);
            values.add(value);
        }

        /** The entries by key: one filed again keeps its first place and takes its last value, as a field set again. */
        Document entries() {
            Document entries = new Document();
            for (int filing = 0; filing < keys.size(); filing++) {
                entries.put(keys.get(filing), values.get(filing));
            }
            return entries;
        }
    }

    /**
     * One write per bucket a batch adds to, and one per subject that gets new buckets; a bucket is remembered as
     * listed once the write has succeeded. A new bucket is inserted whole. An existing bucket given a few entries gets
     * them by a {@code $set} of each: it is neither read nor sent whole. One given more is read, given its new
     * entries and written whole ({@link BatchDocuments}): the embedded server checks the fields of a {@code $set}
     * against each other, so setting a replay's thousands of entries one field each would cost the square of their
     * number. The processor's single segment is the only writer of a bucket. A write that fails may have inserted
     * some new buckets: from then on no bucket is taken for new without being looked for.
     */
    private void flush(Map<String, Map<String, BucketFilings>> bySubject) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        Map<String, Document> rewritten = new LinkedHashMap<>();
        List<String> newlyListed = new ArrayList<>();
        bySubject.forEach((key, buckets) -> {
            List<String> newBuckets = new ArrayList<>();
            buckets.forEach((bucket, filings) -> {
                String bucketId = bucketId(key, bucket);
                Document entries = filings.entries();
                boolean listed = listedBuckets.contains(bucketId);
                if (!listed) {
                    newBuckets.add(bucket);
                    newlyListed.add(bucketId);
                }
                if (everyBucketListed && !listed) {
                    writes.add(new InsertOneModel<>(new Document("_id", bucketId).append(ENTRIES, entries)));
                } else if (entries.size() <= SET_AT_MOST) {
                    writes.add(new UpdateOneModel<>(eq("_id", bucketId), Updates.combine(entries.entrySet()
                            .stream().map(entry -> Updates.set(ENTRIES + "." + entry.getKey(), entry.getValue()))
                            .toList()), UPSERT));
                } else {
                    rewritten.put(bucketId, entries);
                }
            });
            if (!newBuckets.isEmpty()) {
                writes.add(new UpdateOneModel<>(eq("_id", key), Updates.addEachToSet(BUCKETS, newBuckets), UPSERT));
            }
        });
        try {
            UnorderedBulkWrites.write(subjects, writes);
        } catch (RuntimeException e) {
            everyBucketListed = false;
            throw e;
        }
        if (!rewritten.isEmpty()) {
            BatchDocuments buckets = BatchDocuments.prefetched(subjects, List.copyOf(rewritten.keySet()),
                    bucket -> Stream.of((String) bucket), null);
            rewritten.forEach((bucket, entries) -> entries.forEach((entryKey, json) ->
                    BatchDocuments.setIn(buckets.get(bucket), ENTRIES, entryKey, json)));
            buckets.flush();
        }
        listedBuckets.addAll(newlyListed);
    }

    private String familyOf(String childId) {
        return knownFamilies.computeIfAbsent(childId, id -> {
            Document child = familyOfChild.find(eq("_id", id)).first();
            return child == null ? null : child.getString("familyId");
        });
    }

    private static String monthPart(HistoryEntry entry, String entryKey) {
        YearMonth month = entry.date() != null ? YearMonth.from(entry.date())
                : YearMonth.from(entry.at().atOffset(ZoneOffset.UTC));
        return month + "/" + Math.floorMod(entryKey.hashCode(), PARTS_OF_A_MONTH);
    }

    private static String key(HistorySubject subject, String id) {
        return subject.name().toLowerCase() + ":" + id;
    }

    private static String bucketId(String key, String bucket) {
        return key + "#" + bucket;
    }
}
