package fr.portailfamille.query.catalogue;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;

import fr.portailfamille.api.catalogue.ActivityDefined;
import fr.portailfamille.api.catalogue.ActivitySummary;
import fr.portailfamille.api.catalogue.FindActivities;
import fr.portailfamille.api.catalogue.PeriodOpened;
import fr.portailfamille.api.catalogue.ServiceDefined;
import fr.portailfamille.api.catalogue.UnitDefined;
import fr.portailfamille.query.support.DocumentMapper;

/** The catalogue as the activities page and {@code GET /api/activities} show it: one document per activity. */
@ProcessingGroup(CatalogueProjection.PROCESSING_GROUP)
public class CatalogueProjection {
    public static final String PROCESSING_GROUP = "catalogue";
    private static final String POSITION = "position";

    private final MongoCollection<Document> activities;
    private final MongoCollection<Document> services;

    public CatalogueProjection(MongoDatabase database) {
        this.activities = database.getCollection("catalogue_activities");
        this.services = database.getCollection("catalogue_services");
    }

    @EventHandler
    public void on(ServiceDefined event) {
        services.replaceOne(eq("_id", event.serviceId()), new Document("_id", event.serviceId())
                .append("label", event.label()), new ReplaceOptions().upsert(true));
        for (Document existing : activities.find(eq("serviceId", event.serviceId()))) {
            ActivitySummary activity = DocumentMapper.fromDocument(existing, ActivitySummary.class);
            save(withPosition(new ActivitySummary(activity.id(), activity.serviceId(), event.label(),
                    activity.label(), activity.type(), activity.validationMode(), activity.deadlineRule(),
                    activity.units(), activity.periods()), existing));
        }
    }

    @EventHandler
    public void on(ActivityDefined event) {
        Document existing = activities.find(eq("_id", event.activityId())).first();
        String serviceLabel = serviceLabel(event.serviceId());
        if (existing == null) {
            ActivitySummary created = new ActivitySummary(event.activityId(), event.serviceId(), serviceLabel,
                    event.label(), event.type(), event.validationMode(), event.deadlineRule(), List.of(), List.of());
            save(new Positioned(created, (int) activities.countDocuments()));
            return;
        }
        ActivitySummary current = DocumentMapper.fromDocument(existing, ActivitySummary.class);
        save(withPosition(new ActivitySummary(event.activityId(), event.serviceId(), serviceLabel, event.label(),
                event.type(), event.validationMode(), event.deadlineRule(), current.units(), current.periods()),
                existing));
    }

    @EventHandler
    public void on(UnitDefined event) {
        ActivitySummary.Unit unit = new ActivitySummary.Unit(event.unitId(), event.label(), event.capacity(),
                event.opening(), event.requiresAnyOf(), event.excludes(), event.tariff());
        update(event.activityId(), activity -> new ActivitySummary(activity.id(), activity.serviceId(),
                activity.serviceLabel(), activity.label(), activity.type(), activity.validationMode(),
                activity.deadlineRule(), replaceById(activity.units(), unit, ActivitySummary.Unit::id),
                activity.periods()));
    }

    @EventHandler
    public void on(PeriodOpened event) {
        ActivitySummary.Period period = new ActivitySummary.Period(event.periodId(), event.label(), event.from(),
                event.to(), event.enrolmentFrom(), event.enrolmentTo());
        update(event.activityId(), activity -> new ActivitySummary(activity.id(), activity.serviceId(),
                activity.serviceLabel(), activity.label(), activity.type(), activity.validationMode(),
                activity.deadlineRule(), activity.units(),
                replaceById(activity.periods(), period, ActivitySummary.Period::id)));
    }

    @ResetHandler
    public void reset() {
        activities.drop();
        services.drop();
    }

    @QueryHandler
    public List<ActivitySummary> handle(FindActivities query) {
        List<Document> documents = activities.find().into(new ArrayList<>());
        documents.sort(Comparator.comparingInt(document -> document.getInteger(POSITION, 0)));
        return documents.stream().map(document -> DocumentMapper.fromDocument(document, ActivitySummary.class))
                .toList();
    }

    private void update(String activityId, UnaryOperator<ActivitySummary> change) {
        Document existing = activities.find(eq("_id", activityId)).first();
        if (existing != null) {
            save(withPosition(change.apply(DocumentMapper.fromDocument(existing, ActivitySummary.class)), existing));
        }
    }

    private String serviceLabel(String serviceId) {
        Document service = services.find(eq("_id", serviceId)).first();
        return service == null ? serviceId : service.getString("label");
    }

    private static Positioned withPosition(ActivitySummary activity, Document existing) {
        return new Positioned(activity, existing.getInteger(POSITION, 0));
    }

    private void save(Positioned positioned) {
        Document document = DocumentMapper.toDocument(positioned.activity())
                .append("_id", positioned.activity().id())
                .append(POSITION, positioned.position());
        activities.replaceOne(eq("_id", positioned.activity().id()), document, new ReplaceOptions().upsert(true));
    }

    private static <T> List<T> replaceById(List<T> items, T replacement,
                                           java.util.function.Function<T, String> id) {
        List<T> result = new ArrayList<>();
        boolean replaced = false;
        for (T item : items) {
            if (id.apply(item).equals(id.apply(replacement))) {
                result.add(replacement);
                replaced = true;
            } else {
                result.add(item);
            }
        }
        if (!replaced) {
            result.add(replacement);
        }
        return result;
    }

    private record Positioned(ActivitySummary activity, int position) {
    }
}
