package fr.portailfamille.domain.enrolment;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.eventsourcing.eventstore.EventStore;

import fr.portailfamille.api.enrolment.EnrolmentId;
import fr.portailfamille.domain.catalogue.CatalogueLookup;
import fr.portailfamille.domain.support.CachedFold;
import fr.portailfamille.domain.support.StreamFreshness;

/**
 * Whether a child holds a validated enrolment for an activity on a date, for command-side rules (reservations): the
 * period containing the date names the enrolment ({@link EnrolmentId#of}), whose event stream is folded and cached
 * until its last sequence number moves. Thread-safe.
 */
public class EnrolmentLookup {
    private final EventStore eventStore;
    private final CatalogueLookup catalogue;
    private final StreamFreshness freshness;
    private final Map<String, CachedFold<EnrolmentStanding>> standings = new ConcurrentHashMap<>();

    public EnrolmentLookup(EventStore eventStore, CatalogueLookup catalogue) {
        if (eventStore == null || catalogue == null) {
            throw new IllegalArgumentException("eventStore and catalogue are required");
        }
        this.eventStore = eventStore;
        this.catalogue = catalogue;
        this.freshness = new StreamFreshness(eventStore);
    }

    /** The child may reserve the activity on {@code date}: a validated enrolment of the period covers it. */
    public boolean covers(String childId, String activityId, LocalDate date) {
        return catalogue.catalogue().periodContaining(activityId, date)
                .map(period -> standing(childId, period.periodId()).covers(date))
                .orElse(false);
    }

    public EnrolmentStanding standing(String childId, String periodId) {
        String enrolmentId = EnrolmentId.of(childId, periodId).value();
        return standings.computeIfAbsent(enrolmentId, id -> new CachedFold<>(eventStore, freshness, id,
                EnrolmentStanding.NONE, EnrolmentStanding::after)).current();
    }
}
