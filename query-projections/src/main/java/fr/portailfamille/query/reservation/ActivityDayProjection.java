package fr.portailfamille.query.reservation;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
import fr.portailfamille.query.support.ChildBuckets;
import fr.portailfamille.query.support.DocumentsAndSummaries;
import fr.portailfamille.query.support.HeldReplayWrites;
import fr.portailfamille.query.support.PerBatch;
import fr.portailfamille.query.support.ReshapedReadModel;

/**
 * Every child's cell of an activity's day, for staff: {@link ChildBuckets#COUNT} documents per activity and day
 * ({@code _id} {@code activity|YYYY-MM-DD|bucket}, the bucket drawn from the child), that together serve the lists of
 * requests and cancellation requests to decide, the day sheet of children expected per unit and the places taken,
 * free and waitlisted. Beside them, one document per activity ({@code _id} the activity) counts what awaits staff per
 * day and bucket, so that the validation page finds those days.
 */
@ProcessingGroup(ActivityDayProjection.PROCESSING_GROUP)
public class ActivityDayProjection implements HeldReplayWrites, ReshapedReadModel {
    public static final String PROCESSING_GROUP = "reservation-days";
    private static final String CELLS = "cells";
    private static final String DAYS = "days";
    private static final String REQUESTS = "requests";
    private static final String CANCELLATIONS = "cancellations";
    /** Marks the day documents whose cells are {@link DayCell}s and that count their pending cells. */
    private static final String FORMAT = "format";
    private static final String COUNTED_CELLS = "counted-cells";

    private final MongoCollection<Document> days;
    private final MongoCollection<Document> pending;
    /** A busy day takes hundreds of events in a row: its document and its activity's counts, once per batch. */
    private final PerBatch<DocumentsAndSummaries> batch;

    public ActivityDayProjection(MongoDatabase database) {
        this.days = database.getCollection("reservation_days");
        this.pending = database.getCollection("reservation_pending");
        this.batch = new PerBatch<>(PROCESSING_GROUP, DocumentsAndSummaries.prefetching(
                days, payload -> cellEvent(payload).map(ActivityDayProjection::cellsId),
                pending, payload -> cellEvent(payload).map(SlotEvent::activityId)));
    }

    private static String cellsId(SlotEvent event) {
        return ChildBuckets.idOf(dayKey(event.activityId(), event.date()), event.childId());
    }

    private static String dayKey(String activityId, LocalDate date) {
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
        boolean booked = !(event instanceof AttendanceRecorded attendance) || attendance.booked();
        DayCell cell = new DayCell(event.childId(), event.unitId(), state.get(), booked, sequence);
        String bucket = ChildBuckets.of(event.childId());
        batch.with(documents -> {
            Document cells = documents.documents().get(ChildBuckets.id(dayKey(event.activityId(), event.date()),
                    bucket));
            cells.put("activityId", event.activityId());
            cells.put("date", event.date().toString());
            cells.put(FORMAT, COUNTED_CELLS);
            String before = cells.get(CELLS, new Document()).getString(cell.key());
            String after = state.get() == CellState.FREE ? null : cell.value();
            if (after == null) {
                BatchDocuments.unsetIn(cells, CELLS, cell.key());
            } else {
                BatchDocuments.setIn(cells, CELLS, cell.key(), after);
            }
            // counted in the cells' own document, written with them: the activity's counts are copied, not added to
            int requests = cells.getInteger(REQUESTS, 0) + change(before, after, CellState.REQUESTED);
            int cancellations = cells.getInteger(CANCELLATIONS, 0)
                    + change(before, after, CellState.CANCELLATION_REQUESTED);
            cells.put(REQUESTS, requests);
            cells.put(CANCELLATIONS, cancellations);
            countPending(documents.summaries().get(event.activityId()), event.date(), bucket, requests,
                    cancellations);
        });
    }

    @ResetHandler
    public void reset() {
        batch.forgetHeld();
        days.drop();
        pending.drop();
    }

    @Override
    public List<PerBatch<?>> heldWrites() {
        return List.of(batch);
    }

    /**
     * Before the eighth session on #7 a day's cells were one document, {@code activity|YYYY-MM-DD}, and before the
     * ninth each cell was a document of five fields, and before the thirteenth the cells were not counted: none of
     * these has {@link #FORMAT} {@value #COUNTED_CELLS}. Looked for once, at the start, through the whole collection.
     */
    @Override
    public boolean holdsEarlierShape() {
        return days.find(ne(FORMAT, COUNTED_CELLS)).first() != null;
    }

    @QueryHandler
    public ActivityDay handle(FindActivityDay query) {
        return new ActivityDay(query.activityId(), query.date(),
                cells(days.find(in("_id", ChildBuckets.idsOf(dayKey(query.activityId(), query.date()))))));
    }

    @QueryHandler
    public List<PendingDay> handle(FindPendingDays query) {
        Document activity = pending.find(eq("_id", query.activityId())).first();
        if (activity == null) {
            return List.of();
        }
        List<PendingDay> pendingDays = new ArrayList<>();
        activity.get(DAYS, new Document()).forEach((date, buckets) -> {
            Collection<Object> counts = ((Document) buckets).values();
            pendingDays.add(new PendingDay(LocalDate.parse(date), sum(counts, REQUESTS),
                    sum(counts, CANCELLATIONS)));
        });
        pendingDays.sort(Comparator.comparing(PendingDay::date));
        return pendingDays;
    }

    private static int sum(Collection<Object> counts, String name) {
        return counts.stream().mapToInt(count -> ((Document) count).getInteger(name)).sum();
    }

    /**
     * The bucket's counts, as its own document keeps them: copied, not added to, so that handling an event twice
     * counts nothing twice.
     */
    private static void countPending(Document activity, LocalDate date, String bucket, int requests,
                                     int cancellations) {
        String day = date.toString();
        Document counted = activity.get(DAYS, new Document()).get(day, new Document());
        if (requests + cancellations == 0) {
            counted.remove(bucket);
        } else {
            counted.put(bucket, new Document(REQUESTS, requests).append(CANCELLATIONS, cancellations));
        }
        if (counted.isEmpty()) {
            BatchDocuments.unsetIn(activity, DAYS, day);
        } else {
            BatchDocuments.setIn(activity, DAYS, day, counted);
        }
    }

    /** +1 when a cell enters {@code state}, -1 when it leaves it, 0 otherwise. */
    private static int change(String before, String after, CellState state) {
        return countedIn(after, state) - countedIn(before, state);
    }

    private static int countedIn(String value, CellState state) {
        return value != null && DayCell.isIn(value, state) ? 1 : 0;
    }

    private static List<ActivityDay.Cell> cells(Iterable<Document> buckets) {
        List<DayCell> cells = new ArrayList<>();
        buckets.forEach(bucket -> bucket.get(CELLS, new Document())
                .forEach((key, value) -> cells.add(DayCell.of(key, (String) value))));
        cells.sort(Comparator.comparing(DayCell::sequence));
        return cells.stream().map(cell -> new ActivityDay.Cell(cell.childId(), cell.unitId(), cell.state(),
                cell.booked())).toList();
    }
}
