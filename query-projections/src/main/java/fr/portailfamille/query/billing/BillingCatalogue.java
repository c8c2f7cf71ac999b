package fr.portailfamille.query.billing;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;

import com.mongodb.client.MongoCollection;

import fr.portailfamille.api.catalogue.Tariff;

/** The units' tariffs, labels and order as the billing read model knows them, loaded once per query. */
final class BillingCatalogue {
    private final Map<String, Activity> activities = new HashMap<>();

    private record Activity(String label, int position, Map<String, Unit> units) {
    }

    private record Unit(String label, int position, Tariff tariff) {
    }

    BillingCatalogue(MongoCollection<Document> collection) {
        for (Document activity : collection.find()) {
            Map<String, Unit> units = new HashMap<>();
            Document unitDocuments = activity.get("units", new Document());
            for (Object value : unitDocuments.values()) {
                Document unit = (Document) value;
                Document tariff = unit.get("tariff", Document.class);
                units.put(unit.getString("unitId"), new Unit(unit.getString("label"), unit.getInteger("position", 0),
                        new Tariff(tariff.getInteger("bracketA"), tariff.getInteger("bracketB"),
                                tariff.getInteger("bracketC"))));
            }
            activities.put(activity.getString("_id"), new Activity(activity.getString("label"),
                    activity.getInteger("position", 0), units));
        }
    }

    Optional<Tariff> tariff(String activityId, String unitId) {
        return unit(activityId, unitId).map(Unit::tariff);
    }

    String activityLabel(String activityId) {
        Activity activity = activities.get(activityId);
        return activity == null ? activityId : activity.label();
    }

    String unitLabel(String activityId, String unitId) {
        return unit(activityId, unitId).map(Unit::label).orElse(unitId);
    }

    /** Catalogue order: activities as they were defined, then their units as the grid's rows. */
    Comparator<String> activityOrder() {
        return Comparator.comparingInt((String id) -> activities.containsKey(id) ? activities.get(id).position()
                : Integer.MAX_VALUE).thenComparing(Comparator.naturalOrder());
    }

    Comparator<String> unitOrder(String activityId) {
        return Comparator.comparingInt((String id) -> unit(activityId, id).map(Unit::position)
                .orElse(Integer.MAX_VALUE)).thenComparing(Comparator.naturalOrder());
    }

    private Optional<Unit> unit(String activityId, String unitId) {
        return Optional.ofNullable(activities.get(activityId)).map(activity -> activity.units().get(unitId));
    }
}
