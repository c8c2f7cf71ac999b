package fr.portailfamille.domain.catalogue;

import java.util.Optional;
import java.util.function.BiFunction;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import fr.portailfamille.api.calendar.CalendarEvent;
import fr.portailfamille.api.calendar.CalendarMessages;
import fr.portailfamille.api.catalogue.CatalogueEvent;
import fr.portailfamille.api.catalogue.CatalogueMessages;
import fr.portailfamille.domain.calendar.CalendarView;
import fr.portailfamille.domain.calendar.DeadlinePolicy;

/**
 * The current catalogue and calendar for command-side rules (other aggregates, semaine type), read from the event
 * streams of {@code "catalogue"} and {@code "calendar"} and cached: a stream is read again only when its last
 * sequence number has moved. A snapshot at the head of a stream (a {@link Catalogue} or {@link
 * fr.portailfamille.domain.calendar.SchoolCalendar}) is taken as the state it carries. Thread-safe.
 */
public class CatalogueLookup {
    private final CachedFold<CatalogueView> catalogue;
    private final CachedFold<CalendarView> calendar;

    public CatalogueLookup(EventStore eventStore) {
        if (eventStore == null) {
            throw new IllegalArgumentException("eventStore is required");
        }
        this.catalogue = new CachedFold<>(eventStore, CatalogueMessages.CATALOGUE_ID, CatalogueView.EMPTY,
                CatalogueLookup::foldCatalogue);
        this.calendar = new CachedFold<>(eventStore, CalendarMessages.CALENDAR_ID, CalendarView.EMPTY,
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

    /** One aggregate's state, folded from its stream and kept until the stream's last sequence number moves. */
    private static final class CachedFold<V> {
        private final EventStore eventStore;
        private final String aggregateId;
        private final V initial;
        private final BiFunction<V, Object, V> fold;
        private volatile Folded<V> cached;

        CachedFold(EventStore eventStore, String aggregateId, V initial, BiFunction<V, Object, V> fold) {
            this.eventStore = eventStore;
            this.aggregateId = aggregateId;
            this.initial = initial;
            this.fold = fold;
        }

        V current() {
            Optional<Long> last = lastSequenceNumber();
            Folded<V> known = cached;
            if (known != null && last.isPresent() && known.lastSequence().equals(last)) {
                return known.view();
            }
            synchronized (this) {
                known = cached;
                if (known == null || last.isEmpty() || !known.lastSequence().equals(last)) {
                    known = read();
                    cached = known;
                }
                return known.view();
            }
        }

        private Optional<Long> lastSequenceNumber() {
            try {
                return eventStore.lastSequenceNumberFor(aggregateId);
            } catch (UnsupportedOperationException e) {
                return Optional.empty(); // this store cannot tell: read the stream every time
            }
        }

        private Folded<V> read() {
            V view = initial;
            Long lastSequence = null;
            DomainEventStream stream = eventStore.readEvents(aggregateId);
            while (stream.hasNext()) {
                DomainEventMessage<?> message = stream.next();
                view = fold.apply(view, message.getPayload());
                lastSequence = message.getSequenceNumber();
            }
            return new Folded<>(Optional.ofNullable(lastSequence), view);
        }
    }

    private record Folded<V>(Optional<Long> lastSequence, V view) {
    }
}
