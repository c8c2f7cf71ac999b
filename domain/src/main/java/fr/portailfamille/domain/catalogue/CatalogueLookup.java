package fr.portailfamille.domain.catalogue;

import org.axonframework.eventsourcing.eventstore.EventStore;

import fr.portailfamille.api.calendar.CalendarEvent;
import fr.portailfamille.api.calendar.CalendarMessages;
import fr.portailfamille.api.catalogue.CatalogueEvent;
import fr.portailfamille.api.catalogue.CatalogueMessages;
import fr.portailfamille.domain.calendar.CalendarView;
import fr.portailfamille.domain.calendar.DeadlinePolicy;
import fr.portailfamille.domain.support.CachedFold;
import fr.portailfamille.domain.support.StreamFreshness;

/**
 * The current catalogue and calendar for command-side rules (other aggregates, semaine type), read from the event
 * streams of {@code "catalogue"} and {@code "calendar"} and cached: a stream is read again only when its last
 * sequence number has moved ({@link StreamFreshness}). A snapshot at the head of a stream (a {@link Catalogue} or
 * {@link fr.portailfamille.domain.calendar.SchoolCalendar}) is taken as the state it carries. Thread-safe.
 */
public class CatalogueLookup {
    private final CachedFold<CatalogueView> catalogue;
    private final CachedFold<CalendarView> calendar;

    public CatalogueLookup(EventStore eventStore) {
        if (eventStore == null) {
            throw new IllegalArgumentException("eventStore is required");
        }
        StreamFreshness freshness = new StreamFreshness(eventStore);
        this.catalogue = new CachedFold<>(eventStore, freshness, CatalogueMessages.CATALOGUE_ID, CatalogueView.EMPTY,
                CatalogueLookup::foldCatalogue);
        this.calendar = new CachedFold<>(eventStore, freshness, CalendarMessages.CALENDAR_ID, CalendarView.EMPTY,
                CatalogueLookup::foldCalendar);
    }

    public CatalogueView catalogue() {
        return catalogue.current();
    }

    public CalendarView calendar() {
        return calendar.current();
    }

    /** Deadlines against the current calendar. */
    public DeadlinePolicy deadlines() {
        return new DeadlinePolicy(calendar());
    }

    private static CatalogueView foldCatalogue(CatalogueView view, Object payload) {
        if (payload instanceof CatalogueEvent event) {
            return view.with(event);
        }
        if (payload instanceof Catalogue snapshot) {
            return snapshot.getView();
        }
        return view;
    }

    private static CalendarView foldCalendar(CalendarView view, Object payload) {
        if (payload instanceof CalendarEvent event) {
            return view.with(event);
        }
        if (payload instanceof fr.portailfamille.domain.calendar.SchoolCalendar snapshot) {
            return snapshot.getView();
        }
        return view;
    }
}
