package fr.portailfamille.web.reservation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import fr.portailfamille.api.RuleViolation;
import fr.portailfamille.api.catalogue.ActivitySummary;
import fr.portailfamille.api.catalogue.FindActivities;
import fr.portailfamille.api.family.ChildSummary;
import fr.portailfamille.api.family.FindChild;
import fr.portailfamille.api.reservation.ActivityDay;
import fr.portailfamille.api.reservation.AttendanceEntry;
import fr.portailfamille.api.reservation.AttendanceOutcome;
import fr.portailfamille.api.reservation.AttendanceResults;
import fr.portailfamille.api.reservation.CellState;
import fr.portailfamille.api.reservation.ChildCareNotes;
import fr.portailfamille.api.reservation.DecideReservations;
import fr.portailfamille.api.reservation.DecisionOutcome;
import fr.portailfamille.api.reservation.DecisionResults;
import fr.portailfamille.api.reservation.FindActivityDay;
import fr.portailfamille.api.reservation.FindChildCareNotes;
import fr.portailfamille.api.reservation.FindPendingDays;
import fr.portailfamille.api.reservation.PendingDay;
import fr.portailfamille.api.reservation.RecordAttendance;
import fr.portailfamille.api.reservation.SlotId;
import fr.portailfamille.api.reservation.StaffDecision;

/**
 * What staff see and do on an activity's day: the requests and cancellation requests to decide, the day sheet of the
 * children expected per unit, the places of each unit, and the decisions and attendance they send. Access is checked
 * by the caller.
 */
@Component
public class StaffDesk {
    /** On the day sheet: a reservation that holds (a cancellation awaiting staff still holds) and attendance taken. */
    private static final Set<CellState> EXPECTED = EnumSet.of(CellState.VALIDATED, CellState.CANCELLATION_REQUESTED,
            CellState.PRESENT, CellState.ABSENT, CellState.ABSENT_JUSTIFIED);
    private static final Set<CellState> HOLDING_A_PLACE = EnumSet.of(CellState.REQUESTED, CellState.VALIDATED,
            CellState.CANCELLATION_REQUESTED, CellState.PRESENT, CellState.ABSENT, CellState.ABSENT_JUSTIFIED);

    private static final Map<DecisionOutcome, CellState> STATE_AFTER_DECISION = Map.of(
            DecisionOutcome.VALIDATED, CellState.VALIDATED,
            DecisionOutcome.REJECTED, CellState.FREE,
            DecisionOutcome.CANCELLED, CellState.FREE);
    private static final Duration CATCH_UP = Duration.ofSeconds(2);
    private static final Duration CATCH_UP_POLL = Duration.ofMillis(50);

    private final QueryGateway queryGateway;
    private final CommandGateway commandGateway;

    public StaffDesk(QueryGateway queryGateway, CommandGateway commandGateway) {
        this.queryGateway = queryGateway;
        this.commandGateway = commandGateway;
    }

    /** A child's cell on the day, with the child's name. */
    public record Entry(String childId, String childName, String unitId, LocalDate date, CellState state,
                        boolean booked) {
    }

    /** A unit's places on the day: {@code free} null when the unit has no limit. */
    public record Places(String unitId, String label, Integer capacity, int taken, Integer free, int waitlisted) {
    }

    /** A unit's part of the day sheet: the children expected, each with the care notes the dossier gives, if any. */
    public record SheetUnit(String unitId, String label, List<Entry> expected, List<Entry> others,
                            Map<String, ChildCareNotes> careNotes) {
    }

    public List<ActivitySummary> activities() {
        return queryGateway.query(new FindActivities(), ResponseTypes.multipleInstancesOf(ActivitySummary.class))
                .join();
    }

    /** Refuses an activity the catalogue does not have: its day is not empty, it does not exist. */
    public void requireKnownActivity(String activityId) {
        if (activities().stream().noneMatch(activity -> activity.id().equals(activityId))) {
            throw unknownActivity(activityId);
        }
    }

    public static RuleViolation unknownActivity(String activityId) {
        return new RuleViolation("UNKNOWN_ACTIVITY", "Activité inconnue : " + activityId);
    }

    /** Every cell of the day that is not free, or only those in {@code state} (null: all), by arrival. */
    public List<Entry> entries(String activityId, LocalDate date, CellState state) {
        ActivityDay day = queryGateway.query(new FindActivityDay(activityId, date),
                ResponseTypes.instanceOf(ActivityDay.class)).join();
        Map<String, String> names = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (ActivityDay.Cell cell : day.cells()) {
            if (state == null || cell.state() == state) {
                entries.add(new Entry(cell.childId(), names.computeIfAbsent(cell.childId(), this::childName),
                        cell.unitId(), date, cell.state(), cell.booked()));
            }
        }
        return entries;
    }

    public List<PendingDay> pendingDays(String activityId) {
        return queryGateway.query(new FindPendingDays(activityId), ResponseTypes.multipleInstancesOf(PendingDay.class))
                .join();
    }

    public List<Places> places(ActivitySummary activity, List<Entry> entries) {
        return activity.units().stream().map(unit -> {
            int taken = (int) entries.stream().filter(entry -> entry.unitId().equals(unit.id())
                    && HOLDING_A_PLACE.contains(entry.state())).count();
            int waitlisted = (int) entries.stream().filter(entry -> entry.unitId().equals(unit.id())
                    && entry.state() == CellState.WAITLISTED).count();
            Integer free = unit.capacity() == null ? null : Math.max(0, unit.capacity() - taken);
            return new Places(unit.id(), unit.label(), unit.capacity(), taken, free, waitlisted);
        }).toList();
    }

    public List<SheetUnit> daySheet(ActivitySummary activity, List<Entry> entries) {
        Map<String, ChildCareNotes> careNotes = careNotes(entries);
        return activity.units().stream().map(unit -> {
            List<Entry> ofUnit = entries.stream().filter(entry -> entry.unitId().equals(unit.id())).toList();
            return new SheetUnit(unit.id(), unit.label(),
                    ofUnit.stream().filter(entry -> EXPECTED.contains(entry.state())).toList(),
                    ofUnit.stream().filter(entry -> !EXPECTED.contains(entry.state())).toList(), careNotes);
        }).toList();
    }

    /** The decisions, and once they are taken, the day's lists already show them (see {@link #awaitDay}). */
    public DecisionResults decide(String activityId, LocalDate date, List<StaffDecision> decisions) {
        DecisionResults results = commandGateway.sendAndWait(new DecideReservations(SlotId.of(activityId, date)
                .value(), activityId, date, decisions));
        Map<String, CellState> expected = new HashMap<>();
        results.results().forEach(result -> Optional.ofNullable(STATE_AFTER_DECISION.get(result.outcome()))
                .ifPresent(state -> expected.put(result.childId() + "|" + result.unitId(), state)));
        awaitDay(activityId, date, expected);
        return results;
    }

    public AttendanceResults recordAttendance(String activityId, LocalDate date, List<AttendanceEntry> records) {
        AttendanceResults results = commandGateway.sendAndWait(new RecordAttendance(SlotId.of(activityId, date)
                .value(), activityId, date, records));
        Map<String, CellState> expected = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            if (results.results().get(i).outcome() == AttendanceOutcome.RECORDED) {
                AttendanceEntry record = records.get(i);
                expected.put(record.childId() + "|" + record.unitId(), CellState.valueOf(record.status().name()));
            }
        }
        awaitDay(activityId, date, expected);
        return results;
    }

    /**
     * The day's read model follows the slot a moment later: waits, briefly, until it shows the states just decided,
     * so that the page staff see next agrees with what they did. Gives up quietly after {@link #CATCH_UP}.
     */
    private void awaitDay(String activityId, LocalDate date, Map<String, CellState> expected) {
        long giveUpAt = System.nanoTime() + CATCH_UP.toNanos();
        while (!expected.isEmpty() && System.nanoTime() < giveUpAt) {
            Map<String, CellState> shown = new HashMap<>();
            queryGateway.query(new FindActivityDay(activityId, date), ResponseTypes.instanceOf(ActivityDay.class))
                    .join().cells().forEach(cell -> shown.put(cell.childId() + "|" + cell.unitId(), cell.state()));
            if (expected.entrySet().stream().allMatch(entry -> entry.getValue()
                    == shown.getOrDefault(entry.getKey(), CellState.FREE))) {
                return;
            }
            try {
                Thread.sleep(CATCH_UP_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private String childName(String childId) {
        return queryGateway.query(new FindChild(childId), ResponseTypes.optionalInstanceOf(ChildSummary.class)).join()
                .map(ChildSummary::fullName).orElse(childId);
    }

    /**
     * Allergies, PAI and authorised persons, from whoever answers {@link FindChildCareNotes} (the family dossier);
     * until something does, the day sheet shows names only.
     */
    private Map<String, ChildCareNotes> careNotes(List<Entry> entries) {
        Map<String, ChildCareNotes> notes = new HashMap<>();
        for (String childId : entries.stream().map(Entry::childId).distinct().toList()) {
            try {
                queryGateway.query(new FindChildCareNotes(childId),
                        ResponseTypes.optionalInstanceOf(ChildCareNotes.class)).join()
                        .ifPresent(found -> notes.put(childId, found));
            } catch (CompletionException e) {
                if (e.getCause() instanceof NoHandlerForQueryException) {
                    return notes;
                }
                throw e;
            }
        }
        return notes;
    }
}
