package fr.portailfamille.query.history;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The facts an event states about who and what it concerns, read from its record components by their
 * conventional names (childId, familyId, slotId, activityId, date, unitId). Only a short list of harmless fields
 * may appear in the audit detail: never passwords, tokens or medical data.
 */
record EventFacts(String childId, String familyId, String slotId, String activityId, LocalDate date, String unitId,
                  Map<String, Object> details) {

    /** The only fields that may appear in the audit detail, with the French label auditors read them under. */
    static final Map<String, String> DETAIL_LABELS = Map.ofEntries(
            Map.entry("reason", "motif"),
            Map.entry("status", "statut"),
            Map.entry("becomes", "nouvel état"),
            Map.entry("position", "rang en liste d'attente"),
            Map.entry("automatic", "automatique"),
            Map.entry("from", "à partir du"),
            Map.entry("number", "n°"),
            Map.entry("total", "total"),
            Map.entry("month", "mois"),
            Map.entry("periodId", "période"),
            Map.entry("quotient", "quotient familial"),
            Map.entry("validFrom", "du"),
            Map.entry("validUntil", "au"),
            Map.entry("label", "libellé"),
            Map.entry("role", "rôle"),
            Map.entry("validationMode", "mode de validation"),
            Map.entry("capacity", "capacité"),
            Map.entry("consent", "objet"),
            Map.entry("amount", "montant"),
            Map.entry("kind", "document"));

    /** A record component and its accessor, made accessible once: checking its access at each call cost a replay. */
    private record Component(String name, Method accessor) {
    }

    /**
     * The accessors of each event class's components: {@link Class#getRecordComponents} looks them up anew at each
     * call, which the history's replay paid at every event.
     */
    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return List.of();
            }
            return Stream.of(type.getRecordComponents()).map(component -> {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                return new Component(component.getName(), accessor);
            }).toList();
        }
    };

    static EventFacts of(Object payload) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Component component : COMPONENTS.get(payload.getClass())) {
            values.put(component.name(), read(component, payload));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (DETAIL_LABELS.containsKey(name) && value != null) {
                details.put(name, value);
            }
        });
        return new EventFacts(text(values.get("childId")), text(values.get("familyId")),
                text(values.get("slotId")), text(values.get("activityId")),
                values.get("date") instanceof LocalDate date ? date : null, text(values.get("unitId")), details);
    }

    EventFacts withFamily(String family) {
        return new EventFacts(childId, family, slotId, activityId, date, unitId, details);
    }

    private static Object read(Component component, Object payload) {
        try {
            return component.accessor().invoke(payload);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.name() + " of an event", e);
        }
    }

    private static String text(Object value) {
        return value instanceof String string ? string : null;
    }
}
