package fr.portailfamille.web.reservation;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import fr.portailfamille.api.reservation.CellChange;
import fr.portailfamille.api.reservation.ChangeReservations;
import fr.portailfamille.api.reservation.ChangeResult;
import fr.portailfamille.api.reservation.ChangeResults;
import fr.portailfamille.api.reservation.RefusalCode;
import fr.portailfamille.api.reservation.ReservationAction;
import fr.portailfamille.api.reservation.ReservationCalendar;
import fr.portailfamille.api.reservation.ReservationOutcome;
import fr.portailfamille.api.reservation.SlotId;
import fr.portailfamille.query.reservation.ChildGridProjection;
import fr.portailfamille.web.family.ReadModels;

/**
 * A child's reservations as parents and staff change them: clicked cells grouped by day, one command per day's slot,
 * the days decided in parallel; and the typical week, spread over a period's open days. Access is checked by the
 * caller.
 */
@Component
public class ChildReservations {
    /** More cells than a few months of a grid: a larger submission is a mistake or an abuse. */
    public static final int MAX_CHANGES = 500;
    /** A typical week covers a school year at most. */
    public static final int MAX_TYPICAL_WEEK_DAYS = 366;

    private final SlotCommands slotCommands;
    private final ReadModels readModels;
    private final GridComposer gridComposer;
    private final Clock clock;

    public ChildReservations(SlotCommands slotCommands, GridComposer gridComposer, ReadModels readModels,
                             Clock clock) {
        this.slotCommands = slotCommands;
        this.readModels = readModels;
        this.gridComposer = gridComposer;
        this.clock = clock;
    }

    /** One clicked cell: a day, a unit and what to do. */
    public record DatedChange(LocalDate date, String unitId, ReservationAction action) {
    }

    public record DatedResult(LocalDate date, String unitId, ReservationOutcome outcome, String code) {
    }

    public record Skipped(LocalDate date, String unitId, String code) {
    }

    public record TypicalWeekSummary(int requested, int validated, int waitlisted, List<Skipped> skipped) {
    }

    /** The result of every change, in the order of the changes. */
    public List<DatedResult> change(String childId, String activityId, List<DatedChange> changes) {
        requireWellFormed(activityId, changes);
        Map<LocalDate, List<CellChange>> byDay = new TreeMap<>();
        for (DatedChange change : changes) {
            byDay.computeIfAbsent(change.date(), day -> new ArrayList<>())
                    .add(new CellChange(change.unitId(), change.action()));
        }
        Map<LocalDate, ChangeResults> decided = send(childId, activityId, byDay);
        Map<String, DatedResult> results = new LinkedHashMap<>();
        decided.forEach((date, dayResults) -> dayResults.results().forEach(result -> results.put(
                date + "|" + result.unitId(), new DatedResult(date, result.unitId(), result.outcome(),
                        result.code()))));
        return changes.stream().map(change -> results.get(change.date() + "|" + change.unitId())).toList();
    }

    /**
     * Reserves the chosen units on every matching weekday from {@code from} to {@code to}, skipping (with the reason)
     * days closed for a unit, days past their deadline, days no enrolment covers and cells the slots refuse.
     */
    public TypicalWeekSummary applyTypicalWeek(String childId, String activityId, LocalDate from, LocalDate to,
                                               Map<DayOfWeek, List<String>> week) {
        if (from == null || to == null || to.isBefore(from)
                || ChronoUnit.DAYS.between(from, to) >= MAX_TYPICAL_WEEK_DAYS) {
            throw new IllegalArgumentException("La période va d'une date à une date ultérieure, sur un an au plus.");
        }
        // List.contains(null) throws on immutable lists: look for a null unit without it
        if (week == null || week.values().stream()
                .anyMatch(units -> units == null || units.stream().anyMatch(Objects::isNull))) {
            throw new IllegalArgumentException("Chaque jour de la semaine type liste des unités.");
        }
        ReservationCalendar calendar = gridComposer.calendar(childId, activityId, from, to);
        Set<String> knownUnits = new HashSet<>(calendar.units().stream().map(ReservationCalendar.Unit::unitId)
                .toList());
        week.values().stream().flatMap(List::stream).filter(unit -> !knownUnits.contains(unit)).findFirst()
                .ifPresent(unit -> {
                    throw new IllegalArgumentException("Unité inconnue : " + unit);
                });
        Instant now = clock.instant();
        List<Skipped> skipped = new ArrayList<>();
        Map<LocalDate, List<CellChange>> byDay = new TreeMap<>();
        for (ReservationCalendar.Day day : calendar.days()) {
            for (String unitId : new LinkedHashSet<>(week.getOrDefault(day.date().getDayOfWeek(), List.of()))) {
                RefusalCode skip = !day.openUnitIds().contains(unitId) ? RefusalCode.CLOSED
                        : !now.isBefore(day.deadline()) ? RefusalCode.DEADLINE_PASSED
                        : !day.enrolled() ? RefusalCode.NOT_ENROLLED : null;
                if (skip != null) {
                    skipped.add(new Skipped(day.date(), unitId, skip.name()));
                } else {
                    byDay.computeIfAbsent(day.date(), date -> new ArrayList<>())
                            .add(new CellChange(unitId, ReservationAction.RESERVE));
                }
            }
        }
        return summarize(send(childId, activityId, byDay), skipped);
    }

    private static TypicalWeekSummary summarize(Map<LocalDate, ChangeResults> decided, List<Skipped> skipped) {
        Map<ReservationOutcome, Integer> counts = new EnumMap<>(ReservationOutcome.class);
        List<Skipped> allSkipped = new ArrayList<>(skipped);
        decided.forEach((date, results) -> {
            for (ChangeResult result : results.results()) {
                counts.merge(result.outcome(), 1, Integer::sum);
                if (result.outcome() == ReservationOutcome.UNCHANGED) {
                    allSkipped.add(new Skipped(date, result.unitId(), RefusalCode.ALREADY_RESERVED.name()));
                } else if (result.outcome() == ReservationOutcome.REFUSED) {
                    allSkipped.add(new Skipped(date, result.unitId(), result.code()));
                }
            }
        });
        allSkipped.sort(Comparator.comparing(Skipped::date));
        return new TypicalWeekSummary(counts.getOrDefault(ReservationOutcome.REQUESTED, 0),
                counts.getOrDefault(ReservationOutcome.VALIDATED, 0),
                counts.getOrDefault(ReservationOutcome.WAITLISTED, 0), List.copyOf(allSkipped));
    }

    private Map<LocalDate, ChangeResults> send(String childId, String activityId,
                                               Map<LocalDate, List<CellChange>> byDay) {
        List<ChangeReservations> commands = byDay.entrySet().stream()
                .map(day -> new ChangeReservations(SlotId.of(activityId, day.getKey()).value(), activityId,
                        day.getKey(), childId, day.getValue()))
                .toList();
        List<ChangeResults> results = slotCommands.sendAll(commands);
        // the grid the parent sees next is read from its read model: it must already show these changes
        readModels.awaitCaughtUp(ChildGridProjection.PROCESSING_GROUP);
        Map<LocalDate, ChangeResults> decided = new LinkedHashMap<>();
        for (int i = 0; i < commands.size(); i++) {
            decided.put(commands.get(i).date(), results.get(i));
        }
        return decided;
    }

    private static void requireWellFormed(String activityId, List<DatedChange> changes) {
        if (activityId == null || activityId.isBlank() || activityId.contains(":")) {
            throw new IllegalArgumentException("Activité manquante.");
        }
        if (changes == null || changes.isEmpty() || changes.size() > MAX_CHANGES) {
            throw new IllegalArgumentException("Entre 1 et " + MAX_CHANGES + " modifications par envoi.");
        }
        Set<String> cells = new HashSet<>();
        for (DatedChange change : changes) {
            if (change == null || change.date() == null || change.unitId() == null || change.action() == null) {
                throw new IllegalArgumentException("Chaque modification indique une date, une unité et une action.");
            }
            if (!cells.add(change.date() + "|" + change.unitId())) {
                throw new IllegalArgumentException("Une case ne peut être modifiée qu'une fois par envoi.");
            }
        }
    }
}
