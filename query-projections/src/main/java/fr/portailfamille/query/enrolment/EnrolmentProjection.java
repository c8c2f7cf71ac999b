package fr.portailfamille.query.enrolment;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;

import fr.portailfamille.api.catalogue.ActivityDefined;
import fr.portailfamille.api.catalogue.PeriodOpened;
import fr.portailfamille.api.catalogue.ServiceDefined;
import fr.portailfamille.api.document.SchoolYearId;
import fr.portailfamille.api.enrolment.EnrolmentEnded;
import fr.portailfamille.api.enrolment.EnrolmentEvent;
import fr.portailfamille.api.enrolment.EnrolmentRejected;
import fr.portailfamille.api.enrolment.EnrolmentRequested;
import fr.portailfamille.api.enrolment.EnrolmentStatus;
import fr.portailfamille.api.enrolment.EnrolmentSummary;
import fr.portailfamille.api.enrolment.EnrolmentValidated;
import fr.portailfamille.api.enrolment.FindChildEnrolments;
import fr.portailfamille.api.enrolment.FindEnrolment;
import fr.portailfamille.api.enrolment.FindEnrolmentsInStatus;
import fr.portailfamille.api.family.ChildAdded;
import fr.portailfamille.api.family.ChildUpdated;
import fr.portailfamille.query.support.DocumentMapper;
import fr.portailfamille.query.support.DocumentsAndSummaries;
import fr.portailfamille.query.support.HeldReplayWrites;
import fr.portailfamille.query.support.IdIndex;
import fr.portailfamille.query.support.PerBatch;

/**
 * Enrolments as « Mes inscriptions » and the staff queue show them. One document per enrolment keyed by its id,
 * index documents listing the enrolment ids of a child ({@code child:…}) and of a status ({@code status:…}), and
 * the names and labels they show ({@code child:…}, {@code service:…}, {@code activity:…}, {@code period:…}), joined
 * when read so that a label changed later, or arriving later, shows everywhere. A batch reads the enrolments and
 * index documents its events touch in one request and writes each once ({@link PerBatch}): a status lists every
 * enrolment of the commune in it, which a write per event read and rewrote whole (thousands of ids in a large
 * commune, at every request and decision).
 */
@ProcessingGroup(EnrolmentProjection.PROCESSING_GROUP)
public class EnrolmentProjection implements HeldReplayWrites {
    public static final String PROCESSING_GROUP = "enrolments";
    private final MongoCollection<Document> enrolments;
    private final IdIndex index;
    private final MongoCollection<Document> labels;
    private final PerBatch<DocumentsAndSummaries> batch;

    public EnrolmentProjection(MongoDatabase database) {
        this.enrolments = database.getCollection("enrolments");
        MongoCollection<Document> indexes = database.getCollection("enrolments_index");
        this.index = new IdIndex(indexes);
        this.labels = database.getCollection("enrolments_labels");
        this.batch = new PerBatch<>("enrolments", DocumentsAndSummaries.prefetching(enrolments,
                payload -> payload instanceof EnrolmentEvent event ? Stream.of(event.enrolmentId()) : Stream.empty(),
                indexes, EnrolmentProjection::indexKeys));
    }

    /** The index documents an event may change: its child's when requested, and every status. */
    private static Stream<String> indexKeys(Object payload) {
        if (!(payload instanceof EnrolmentEvent event)) {
            return Stream.empty();
        }
        Stream<String> statuses = Arrays.stream(EnrolmentStatus.values()).map(EnrolmentProjection::statusKey);
        return payload instanceof EnrolmentRequested ? Stream.concat(Stream.of(childKey(event.childId())), statuses)
                : statuses;
    }

    private static String childKey(String childId) {
        return "child:" + childId;
    }

    private static String statusKey(EnrolmentStatus status) {
        return "status:" + status;
    }

    /** What is stored per enrolment; names and labels are joined when read. */
    record Stored(String enrolmentId, String childId, String familyId, String activityId, String periodId,
                  EnrolmentStatus status, Instant requestedAt, Instant decidedAt, String rejectionReason,
                  LocalDate endsFrom) {
        Stored decided(EnrolmentStatus decision, Instant at, String reason) {
            return new Stored(enrolmentId, childId, familyId, activityId, periodId, decision, requestedAt, at, reason,
                    null);
        }

        Stored endedFrom(LocalDate from) {
            return new Stored(enrolmentId, childId, familyId, activityId, periodId, EnrolmentStatus.ENDED,
                    requestedAt, decidedAt, null, from);
        }
    }

    @EventHandler
    public void on(EnrolmentRequested event) {
        batch.with(documents -> {
            save(documents, new Stored(event.enrolmentId(), event.childId(), event.familyId(), event.activityId(),
                    event.periodId(), EnrolmentStatus.PENDING, event.requestedAt(), null, null, null));
            IdIndex.addTo(documents.summaries().get(childKey(event.childId())), event.enrolmentId());
        });
    }

    @EventHandler
    public void on(EnrolmentValidated event, @Timestamp Instant at) {
        update(event.enrolmentId(), known -> known.decided(EnrolmentStatus.VALIDATED, at, null));
    }

    @EventHandler
    public void on(EnrolmentRejected event, @Timestamp Instant at) {
        update(event.enrolmentId(), known -> known.decided(EnrolmentStatus.REJECTED, at, event.reason()));
    }

    @EventHandler
    public void on(EnrolmentEnded event) {
        update(event.enrolmentId(), known -> known.endedFrom(event.from()));
    }

    @EventHandler
    public void on(ChildAdded event) {
        childName(event.childId(), event.firstName(), event.lastName());
    }

    /** A child renamed in the dossier reads under the new name on every enrolment. */
    @EventHandler
    public void on(ChildUpdated event) {
        childName(event.childId(), event.firstName(), event.lastName());
    }

    private void childName(String childId, String firstName, String lastName) {
        label("child:" + childId, new Document("name", firstName + " " + lastName));
    }

    @EventHandler
    public void on(ServiceDefined event) {
        label("service:" + event.serviceId(), new Document("label", event.label()));
    }

    @EventHandler
    public void on(ActivityDefined event) {
        label("activity:" + event.activityId(), new Document("label", event.label())
                .append("serviceId", event.serviceId()));
    }

    @EventHandler
    public void on(PeriodOpened event) {
        label("period:" + event.periodId(), new Document("label", event.label())
                .append("from", event.from().toString()).append("to", event.to().toString()));
    }

    @ResetHandler
    public void reset() {
        batch.forgetHeld();
        enrolments.drop();
        index.drop();
        labels.drop();
    }

    @QueryHandler
    public Optional<EnrolmentSummary> handle(FindEnrolment query) {
        return summaries(List.of(String.valueOf(query.enrolmentId()))).stream().findFirst();
    }

    @QueryHandler
    public List<EnrolmentSummary> handle(FindChildEnrolments query) {
        return summaries(index.ids(childKey(query.childId()))).stream()
                .sorted(Comparator.comparing(EnrolmentSummary::periodFrom,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    @QueryHandler
    public List<EnrolmentSummary> handle(FindEnrolmentsInStatus query) {
        return summaries(index.ids(statusKey(query.status()))).stream()
                .sorted(Comparator.comparing(EnrolmentSummary::requestedAt))
                .toList();
    }

    private static void save(DocumentsAndSummaries documents, Stored stored) {
        Optional<Stored> before = documents.documents().find(stored.enrolmentId()).map(EnrolmentProjection::stored);
        Document document = documents.documents().get(stored.enrolmentId());
        document.keySet().removeIf(field -> !"_id".equals(field));
        document.putAll(DocumentMapper.toDocument(stored));
        before.filter(known -> known.status() != stored.status()).ifPresent(known -> IdIndex.removeFrom(
                documents.summaries().get(statusKey(known.status())), stored.enrolmentId()));
        IdIndex.addTo(documents.summaries().get(statusKey(stored.status())), stored.enrolmentId());
    }

    /** Changes a known enrolment; an event about an unknown one changes nothing. */
    private void update(String enrolmentId, UnaryOperator<Stored> change) {
        batch.with(documents -> documents.documents().find(enrolmentId).map(EnrolmentProjection::stored)
                .ifPresent(known -> save(documents, change.apply(known))));
    }

    private static Stored stored(Document document) {
        return DocumentMapper.fromDocument(document, Stored.class);
    }

    @Override
    public List<PerBatch<?>> heldWrites() {
        return List.of(batch);
    }

    private void label(String id, Document label) {
        labels.replaceOne(eq("_id", id), label.append("_id", id), new ReplaceOptions().upsert(true));
    }

    private List<EnrolmentSummary> summaries(List<String> enrolmentIds) {
        List<Stored> stored = IdIndex.load(enrolments, enrolmentIds, Stored.class);
        Labels known = labelsOf(stored);
        return stored.stream().map(known::summary).toList();
    }

    private Labels labelsOf(List<Stored> stored) {
        List<String> ids = new ArrayList<>();
        stored.forEach(s -> ids.addAll(List.of("child:" + s.childId(), "activity:" + s.activityId(),
                "period:" + s.periodId())));
        Map<String, Document> found = new HashMap<>();
        labels.find(in("_id", ids)).forEach(document -> found.put(document.getString("_id"), document));
        List<String> serviceIds = found.values().stream().map(document -> document.getString("serviceId"))
                .filter(Objects::nonNull).map(serviceId -> "service:" + serviceId).toList();
        labels.find(in("_id", serviceIds)).forEach(document -> found.put(document.getString("_id"), document));
        return new Labels(found);
    }

    private record Labels(Map<String, Document> byId) {
        EnrolmentSummary summary(Stored stored) {
            Document activity = byId.getOrDefault("activity:" + stored.activityId(), new Document());
            Document period = byId.getOrDefault("period:" + stored.periodId(), new Document());
            Document service = byId.getOrDefault("service:" + activity.getString("serviceId"), new Document());
            LocalDate from = date(period, "from");
            return new EnrolmentSummary(stored.enrolmentId(), stored.childId(),
                    text(byId.getOrDefault("child:" + stored.childId(), new Document()), "name"), stored.familyId(),
                    text(service, "label"), stored.activityId(), text(activity, "label"), stored.periodId(),
                    text(period, "label"), from, date(period, "to"),
                    from == null ? "" : SchoolYearId.containing(from).value(), stored.status(),
                    stored.requestedAt(), stored.decidedAt(), stored.rejectionReason(), stored.endsFrom());
        }

        private static String text(Document document, String field) {
            return Optional.ofNullable(document.getString(field)).orElse("");
        }

        private static LocalDate date(Document document, String field) {
            String value = document.getString(field);
            return value == null ? null : LocalDate.parse(value);
        }
    }
}
