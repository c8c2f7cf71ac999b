package fr.portailfamille.query.reservation;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

import fr.portailfamille.api.billing.InvoiceIssued;
import fr.portailfamille.api.billing.InvoiceLine;
import fr.portailfamille.api.reservation.CellState;
import fr.portailfamille.api.reservation.ChildMonthReservations;
import fr.portailfamille.api.reservation.FindChildMonthReservations;
import fr.portailfamille.api.reservation.FindChildReservationDays;
import fr.portailfamille.api.reservation.ReservedCell;
import fr.portailfamille.api.reservation.SlotEvent;
import fr.portailfamille.query.support.BatchDocuments;
import fr.portailfamille.query.support.HeldReplayWrites;
import fr.portailfamille.query.support.PerBatch;

/**
 * A child's monthly grid in an activity, one document per child, activity and month ({@code _id}
 * {@code child|activity|YYYY-MM}): the cells that are not free with their state, and the cells an invoice billed.
 * Days, closed units and whether a cell is modifiable are not stored: they depend on the catalogue and the clock
 * and are decided when the grid is shown.
 */
@ProcessingGroup(ChildGridProjection.PROCESSING_GROUP)
public class ChildGridProjection implements HeldReplayWrites {
    public static final String PROCESSING_GROUP = "reservation-grids";
    private static final Set<CellState> HELD = Set.of(CellState.REQUESTED, CellState.WAITLISTED, CellState.VALIDATED,
            CellState.CANCELLATION_REQUESTED);

    private final MongoCollection<Document> grids;
    /** A child's month takes many events in a row (a typical week): read and written once per batch. */
    private final PerBatch<BatchDocuments> batch;

    public ChildGridProjection(MongoDatabase database) {
        this.grids = database.getCollection("reservation_grids");
        this.batch = new PerBatch<>(PROCESSING_GROUP,
                (payloads, held) -> BatchDocuments.prefetched(grids, payloads, ChildGridProjection::gridIds, held));
    }

    static String gridId(String childId, String activityId, YearMonth month) {
        return childId + "|" + activityId + "|" + month;
    }

    /** The grids an event changes. */
    private static Stream<String> gridIds(Object payload) {
        if (payload instanceof SlotEvent event && CellStates.after(event).isPresent()) {
            return Stream.of(gridId(event.childId(), event.activityId(), YearMonth.from(event.date())));
        }
        if (payload instanceof InvoiceIssued invoice) {
            return invoice.lines().stream()
                    .map(line -> gridId(line.childId(), line.activityId(), YearMonth.from(line.date())));
        }
        return Stream.empty();
    }

    @EventHandler
    public void on(SlotEvent event) {
        Optional<CellState> state = CellStates.after(event);
        if (state.isEmpty()) {
            return;
        }
        String key = CellStates.key(event.date().toString(), event.unitId());
        batch.with(documents -> {
            Document grid = grid(documents, event.childId(), event.activityId(), YearMonth.from(event.date()));
            if (state.get() == CellState.FREE) {
                BatchDocuments.unsetIn(grid, "cells", key);
            } else {
                BatchDocuments.setIn(grid, "cells", key, new Document("date", event.date().toString())
                        .append("unitId", event.unitId()).append("state", state.get().name()));
            }
        });
    }

    /** The cells of the invoice's lines are billed from its issue on. */
    @EventHandler
    public void on(InvoiceIssued event) {
        batch.with(documents -> {
            for (InvoiceLine line : event.lines()) {
                Document grid = grid(documents, line.childId(), line.activityId(), YearMonth.from(line.date()));
                BatchDocuments.setIn(grid, "billed", CellStates.key(line.date().toString(), line.unitId()),
                        new Document("date", line.date().toString()).append("unitId", line.unitId())
                                .append("billedAt", event.issuedAt().toString()));
            }
        });
    }

    @ResetHandler
    public void reset() {
        batch.forgetHeld();
        grids.drop();
    }

    @Override
    public List<PerBatch<?>> heldWrites() {
        return List.of(batch);
    }

    @QueryHandler
    public ChildMonthReservations handle(FindChildMonthReservations query) {
        Document grid = grids.find(eq("_id", gridId(query.childId(), query.activityId(), query.month()))).first();
        return new ChildMonthReservations(query.childId(), query.activityId(), query.month(),
                grid == null ? List.of() : cells(grid));
    }

    @QueryHandler
    public List<LocalDate> handle(FindChildReservationDays query) {
        List<String> ids = new ArrayList<>();
        for (YearMonth month = YearMonth.from(query.from()); !month.isAfter(YearMonth.from(query.to()));
             month = month.plusMonths(1)) {
            ids.add(gridId(query.childId(), query.activityId(), month));
        }
        List<LocalDate> days = new ArrayList<>();
        for (Document grid : grids.find(in("_id", ids))) {
            cells(grid).stream()
                    .filter(cell -> HELD.contains(cell.state()) && !cell.date().isBefore(query.from())
                            && !cell.date().isAfter(query.to()))
                    .map(ReservedCell::date)
                    .forEach(days::add);
        }
        return days.stream().distinct().sorted().toList();
    }

    /** The grid's document in the batch, with the fields that say whose grid it is. */
    private static Document grid(BatchDocuments documents, String childId, String activityId, YearMonth month) {
        Document grid = documents.get(gridId(childId, activityId, month));
        grid.put("childId", childId);
        grid.put("activityId", activityId);
        grid.put("month", month.toString());
        return grid;
    }

    private static List<ReservedCell> cells(Document grid) {
        Document states = grid.get("cells", new Document());
        Document billed = grid.get("billed", new Document());
        List<ReservedCell> cells = new ArrayList<>();
        states.forEach((key, value) -> {
            Document cell = (Document) value;
            Document bill = billed.get(key, Document.class);
            cells.add(new ReservedCell(LocalDate.parse(cell.getString("date")), cell.getString("unitId"),
                    CellState.valueOf(cell.getString("state")),
                    bill == null ? null : Instant.parse(bill.getString("billedAt"))));
        });
        billed.forEach((key, value) -> {
            if (!states.containsKey(key)) {
                Document bill = (Document) value;
                cells.add(new ReservedCell(LocalDate.parse(bill.getString("date")), bill.getString("unitId"),
                        CellState.BILLED, Instant.parse(bill.getString("billedAt"))));
            }
        });
        cells.sort(Comparator.comparing(ReservedCell::date).thenComparing(ReservedCell::unitId));
        return cells;
    }
}
