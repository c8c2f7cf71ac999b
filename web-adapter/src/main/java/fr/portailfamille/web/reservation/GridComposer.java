package fr.portailfamille.web.reservation;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import fr.portailfamille.api.Role;
import fr.portailfamille.api.reservation.CellState;
import fr.portailfamille.api.reservation.ChildMonthReservations;
import fr.portailfamille.api.reservation.FindChildMonthReservations;
import fr.portailfamille.api.reservation.FindChildMonthReservationsAsOf;
import fr.portailfamille.api.reservation.FindReservationCalendar;
import fr.portailfamille.api.reservation.ReservationCalendar;
import fr.portailfamille.api.reservation.ReservedCell;
import fr.portailfamille.web.security.PortailUser;

/**
 * Puts a grid together at the moment it is shown: the days and open units from the command side's calendar, the
 * cell states from the grid read model (or, for a past instant, from the event store), and for each cell whether
 * this person may change it now, against the clock and the day's deadline.
 */
@Component
public class GridComposer {
    private static final String[] LETTERS = {"L", "M", "M", "J", "V", "S", "D"};
    private static final Set<CellState> LOCKED_STATES = Set.of(CellState.CANCELLATION_REQUESTED, CellState.PRESENT,
            CellState.ABSENT, CellState.ABSENT_JUSTIFIED, CellState.BILLED, CellState.CLOSED);

    private final QueryGateway queryGateway;
    private final Clock clock;

    public GridComposer(QueryGateway queryGateway, Clock clock) {
        this.queryGateway = queryGateway;
        this.clock = clock;
    }

    /** Who looks at the grid: may they change it, and are they staff (not bound by the parents' deadline)? */
    public record Viewer(boolean canWrite, boolean staff) {
        /** Parents (of the child, checked by the caller) and staff may change a grid; auditors only read it. */
        public static Viewer of(PortailUser user) {
            return new Viewer(user.role() != Role.AUDITOR, user.isStaff());
        }
    }

    /**
     * The grid; {@code asOf} non-null shows it as it stood then (read only); {@code known} holds states just decided
     * by the slots, which the read model may not have caught up with yet.
     */
    public MonthGrid compose(String childId, String activityId, YearMonth month, Viewer viewer, Instant asOf,
                             Map<CellKey, CellState> known) {
        ReservationCalendar calendar = calendar(childId, activityId, month.atDay(1), month.atEndOfMonth());
        Map<CellKey, CellState> states = states(childId, activityId, month, asOf);
        states.putAll(known);
        Instant now = clock.instant();
        List<MonthGrid.Row> rows = new ArrayList<>();
        for (ReservationCalendar.Unit unit : calendar.units()) {
            List<MonthGrid.Cell> cells = new ArrayList<>();
            for (ReservationCalendar.Day day : calendar.days()) {
                boolean open = day.openUnitIds().contains(unit.unitId());
                CellState state = states.getOrDefault(new CellKey(day.date(), unit.unitId()),
                        open ? CellState.FREE : CellState.CLOSED);
                cells.add(new MonthGrid.Cell(day.date(), unit.unitId(), state,
                        lockedBecause(state, day, viewer, asOf, now)));
            }
            rows.add(new MonthGrid.Row(unit.unitId(), unit.label(), cells));
        }
        List<MonthGrid.Day> days = calendar.days().stream()
                .map(day -> new MonthGrid.Day(day.date(), LETTERS[day.date().getDayOfWeek().ordinal()],
                        day.date().getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0))
                .toList();
        return new MonthGrid(childId, activityId, calendar.label(), month, days, rows, asOf != null);
    }

    /** The command side's calendar of the activity for this child; an unknown activity is an unknown id. */
    public ReservationCalendar calendar(String childId, String activityId, LocalDate from, LocalDate to) {
        return queryGateway.query(new FindReservationCalendar(childId, activityId, from, to),
                        ResponseTypes.optionalInstanceOf(ReservationCalendar.class)).join()
                .orElseThrow(() -> StaffDesk.unknownActivity(activityId));
    }

    /** Null when the viewer may change the cell now; otherwise why not, as the legend says it. */
    private static String lockedBecause(CellState state, ReservationCalendar.Day day, Viewer viewer, Instant asOf,
                                        Instant now) {
        if (asOf != null) {
            return "Historique : consultation seule";
        }
        if (!viewer.canWrite()) {
            return "Consultation seule";
        }
        if (LOCKED_STATES.contains(state)) {
            return state == CellState.CLOSED ? "Accueil fermé ce jour-là" : "Non modifiable";
        }
        if (state == CellState.FREE && !day.enrolled()) {
            return "Pas d'inscription validée pour ce jour";
        }
        if (!viewer.staff() && !now.isBefore(day.deadline())) {
            return "Délai de réservation dépassé";
        }
        return null;
    }

    private Map<CellKey, CellState> states(String childId, String activityId, YearMonth month, Instant asOf) {
        ChildMonthReservations live = queryGateway.query(new FindChildMonthReservations(childId, activityId, month),
                ResponseTypes.instanceOf(ChildMonthReservations.class)).join();
        Map<CellKey, CellState> states = new HashMap<>();
        if (asOf == null) {
            live.cells().forEach(cell -> states.put(CellKey.of(cell), cell.billedAt() != null ? CellState.BILLED
                    : cell.state()));
            return states;
        }
        queryGateway.query(new FindChildMonthReservationsAsOf(childId, activityId, month, asOf),
                        ResponseTypes.instanceOf(ChildMonthReservations.class)).join()
                .cells().forEach(cell -> states.put(CellKey.of(cell), cell.state()));
        // invoices never change: a cell billed by then shows as billed
        live.cells().stream().filter(cell -> cell.billedAt() != null && !cell.billedAt().isAfter(asOf))
                .forEach(cell -> states.put(CellKey.of(cell), CellState.BILLED));
        return states;
    }

    /** A cell of a child's grid: a day and a unit. */
    public record CellKey(LocalDate date, String unitId) {
        static CellKey of(ReservedCell cell) {
            return new CellKey(cell.date(), cell.unitId());
        }
    }
}
