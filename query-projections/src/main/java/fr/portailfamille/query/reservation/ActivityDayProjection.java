package fr.portailfamille.query.reservation;

import static com.mongodb.client.model.Filters.eq;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

import fr.portailfamille.api.reservation.ActivityDay;
import fr.portailfamille.api.reservation.AttendanceRecorded;
import fr.portailfamille.api.reservation.CellState;
import fr.portailfamille.api.reservation.FindActivityDay;
import fr.portailfamille.api.reservation.FindPendingDays;
import fr.portailfamille.api.reservation.PendingDay;
import fr.portailfamille.api.reservation.SlotEvent;
import fr.portailfamille.query.support.BatchDocuments;
import fr.portailfamille.query.support.DocumentsAndSummaries;
import fr.portailfamille.query.support.HeldReplayWrites;
import fr.portailfamille.query.support.PerBatch;

/**
 * Every child's cell of an activity's day, for staff: one document per activity and day ({@code _id}
 * {@code activity|YYYY-MM-DD}) that serves the lists of requests and cancellation requests to decide, the day sheet
 * of children expected per unit and the places taken, free and waitlisted. Beside it, one document per activity
 * ({@code _id} the activity) counts what awaits staff per day, so that the validation page finds those days.
 */
@ProcessingGroup(ActivityDayProjection.PROCESSING_GROUP)
public class ActivityDayProjection implements HeldReplayWrites {
    public static final String PROCESSING_GROUP = "reservation-days";
    private static final String CELLS = "cells";

    private final MongoCollection<Document> days;
    private final MongoCollection<Document> pending;
    /** A busy day takes hundreds of events in a row: its document and its activity's counts, once per batch. */
    private final PerBatch<DocumentsAndSummaries> batch;

    public ActivityDayProjection(MongoDatabase database) {
        this.days = database.getCollection("reservation_days");
        this.pending = database.getCollection("reservation_pending");
        this.batch = new PerBatch<>(PROCESSING_GROUP, DocumentsAndSummaries.prefetching(
                days, payload -> cellEvent(payload).map(event -> dayId(event.activityId(), event.date())),
                pending, payload -> cellEvent(payload).map(SlotEvent::activityId)));
    }

    static String dayId(String activityId, LocalDate date) {
        return activityId + "|" + date;
    }

    /** The payload as an event that changes a cell, if it is one. */
    private static Stream<SlotEvent> cellEvent(Object payload) {
        return payload instanceof SlotEvent event && CellStates.after(event).isPresent() ? Stream.of(event)
                : Stream.empty();
    }

    @EventHandler
    public void on(SlotEvent event, @SequenceNumber long sequence) {
        Optional<CellState> state = CellStates.after(event);
        if (state.isEmpty()) {
            return;
        }
        String key = CellStates.key(event.childId(), event.unitId());
        boolean booked = !(event instanceof AttendanceRecorded attendance) || attendance.booked();
        batch.with(documents -> {
            Document day = documents.documents().get(dayId(event.activityId(), event.date()));
            day.put("activityId", event.activityId());
            day.put("date", event.date().toString());
            if (state.get() == CellState.FREE) {
                BatchDocuments.unsetIn(day, CELLS, key);
            } else {
                BatchDocuments.setIn(day, CELLS, key, new Document("childId", event.childId())
                        .append("unitId", event.unitId()).append("state", state.get().name()).append("booked", booked)
                        .append("sequence", sequence));
            }
            countPending(documents.summaries().get(event.activityId()), event.date(), day);
        });
    }

    @ResetHandler
    public void reset() {
        batch.forgetHeld();
        days.drop();
        pending.drop();
    }

    @Override
    public void writeHeld() {
        batch.writeHeld();
    }

    @QueryHandler
    public ActivityDay handle(FindActivityDay query) {
        return new ActivityDay(query.activityId(), query.date(),
                cells(days.find(eq("_id", dayId(query.activityId(), query.date()))).first()));
    }

    @QueryHandler
    public List<PendingDay> handle(FindPendingDays query) {
        Document activity = pending.find(eq("_id", query.activityId())).first();
        if (activity == null) {
            return List.of();
        }
        List<PendingDay> pendingDays = new ArrayList<>();
        activity.get("days", new Document()).forEach((date, counts) -> pendingDays.add(new PendingDay(
                LocalDate.parse(date), ((Document) counts).getInteger("requests"),
                ((Document) counts).getInteger("cancellations"))));
        pendingDays.sort(Comparator.comparing(PendingDay::date));
        return pendingDays;
    }

    /** Recounted from the day's document, so that handling an event twice counts nothing twice. */
    private static void countPending(Document activity, LocalDate date, Document day) {
        int requests = 0;
        int cancellations = 0;
        for (Object cell : day.get(CELLS, new Document()).values()) {
            String state = ((Document) cell).getString("state");
            requests += CellState.REQUESTED.name().equals(state) ? 1 : 0;
            cancellations += CellState.CANCELLATION_REQUESTED.name().equals(state) ? 1 : 0;
        }
        if (requests + cancellations == 0) {
            BatchDocuments.unsetIn(activity, "days", date.toString());
        } else {
            BatchDocuments.setIn(activity, "days", date.toString(), new Document("requests", requests)
                    .append("cancellations", cancellations));
        }
    }

    private static List<ActivityDay.Cell> cells(Document day) {
        if (day == null) {
            return List.of();
        }
        List<Document> cells = new ArrayList<>();
        day.get(CELLS, new Document()).values().forEach(cell -> cells.add((Document) cell));
        cells.sort(Comparator.comparing(cell -> cell.getLong("sequence")));
        return cells.stream().map(cell -> new ActivityDay.Cell(cell.getString("childId"), cell.getString("unitId"),
                CellState.valueOf(cell.getString("state")), cell.getBoolean("booked"))).toList();
    }
}
