package fr.portailfamille.domain.reservation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;

import fr.portailfamille.api.reservation.CellState;
import fr.portailfamille.api.reservation.ChildMonthReservations;
import fr.portailfamille.api.reservation.FindChildMonthReservationsAsOf;
import fr.portailfamille.api.reservation.ReservedCell;
import fr.portailfamille.api.reservation.SlotEvent;
import fr.portailfamille.api.reservation.SlotId;

/**
 * A child's month as it stood at a past instant, for auditors and staff: rebuilt from the event store, never from a
 * read model. Each day's slot stream is read from its first event (snapshots skipped), its events up to the instant
 * folded as the aggregate folds them.
 */
public class SlotHistoryQueries {
    private final EventStore eventStore;

    public SlotHistoryQueries(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @QueryHandler
    public ChildMonthReservations handle(FindChildMonthReservationsAsOf query) {
        if (query.month() == null || query.asOf() == null) {
            throw new IllegalArgumentException("Un mois et un instant sont obligatoires.");
        }
        List<ReservedCell> cells = new ArrayList<>();
        for (LocalDate date = query.month().atDay(1); !date.isAfter(query.month().atEndOfMonth());
             date = date.plusDays(1)) {
            SlotState state = stateAt(SlotId.of(query.activityId(), date).value(), query);
            for (String unitId : state.unitsHeldBy(query.childId())) {
                CellState cell = state.cell(query.childId(), unitId);
                cells.add(new ReservedCell(date, unitId, cell, null));
            }
        }
        return new ChildMonthReservations(query.childId(), query.activityId(), query.month(), cells);
    }

    private SlotState stateAt(String slotId, FindChildMonthReservationsAsOf query) {
        SlotState state = SlotState.EMPTY;
        DomainEventStream stream = eventStore.readEvents(slotId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getTimestamp().isAfter(query.asOf())) {
                break;
            }
            if (message.getPayload() instanceof SlotEvent event) {
                state = state.after(event);
            }
        }
        return state;
    }
}
