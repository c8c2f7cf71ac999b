package fr.portailfamille.query.reservation;

import static com.mongodb.client.model.Filters.eq;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import fr.portailfamille.api.reservation.ActivityDay;
import fr.portailfamille.api.reservation.AttendanceRecorded;
import fr.portailfamille.api.reservation.CellState;
import fr.portailfamille.api.reservation.FindActivityDay;
import fr.portailfamille.api.reservation.FindPendingDays;
import fr.portailfamille.api.reservation.PendingDay;
import fr.portailfamille.api.reservation.SlotEvent;

/**
 * Every child's cell of an activity's day, for staff: one document per activity and day ({@code _id}
 * {@code activity|YYYY-MM-DD}) that serves the lists of requests and cancellation requests to decide, the day sheet
 * of children expected per unit and the places taken, free and waitlisted. Beside it, one document per activity
 * ({@code _id} the activity) counts what awaits staff per day, so that the validation page finds those days.
 */
@ProcessingGroup(ActivityDayProjection.PROCESSING_GROUP)
public class ActivityDayProjection {
    public static final String PROCESSING_GROUP = "reservation-days";
    private static final String CELLS = "cells";

    private final MongoCollection<Document> days;
    private final MongoCollection<Document> pending;

    public ActivityDayProjection(MongoDatabase database) {
        this.days = database.getCollection("reservation_days");
        this.pending = database.getCollection("reservation_pending");
    }

    static String dayId(String activityId, LocalDate date) {
        return activityId + "|" + date;
    }

    @EventHandler
    public void on(SlotEvent event, @SequenceNumber long sequence) {
        Optional<CellState> state = CellStates.after(event);
        if (state.isEmpty()) {
            return;
        }
        String field = CELLS + "." + CellStates.key(event.childId(), event.unitId());
        boolean booked = !(event instanceof AttendanceRecorded attendance) || attendance.booked();
        Bson change = state.get() == CellState.FREE ? Updates.unset(field)
                : Updates.set(field, new Document("childId", event.childId()).append("unitId", event.unitId())
                        .append("state", state.get().name()).append("booked", booked).append("sequence", sequence));
        String dayId = dayId(event.activityId(), event.date());
        days.updateOne(eq("_id", dayId), Updates.combine(Updates.set("activityId", event.activityId()),
                Updates.set("date", event.date().toString()), change), new UpdateOptions().upsert(true));
        countPending(event.activityId(), event.date(), cells(days.find(eq("_id", dayId)).first()));
    }

    @ResetHandler
    public void reset() {
        days.drop();
        pending.drop();
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
    private void countPending(String activityId, LocalDate date, List<ActivityDay.Cell> cells) {
        long requests = cells.stream().filter(cell -> cell.state() == CellState.REQUESTED).count();
        long cancellations = cells.stream().filter(cell -> cell.state() == CellState.CANCELLATION_REQUESTED).count();
        String field = "days." + date;
        Bson change = requests + cancellations == 0 ? Updates.unset(field)
                : Updates.set(field, new Document("requests", (int) requests)
                        .append("cancellations", (int) cancellations));
        pending.updateOne(eq("_id", activityId), change, new UpdateOptions().upsert(true));
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
