package fr.portailfamille.web.pages;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.portailfamille.api.reservation.AttendanceOutcome;
import fr.portailfamille.api.reservation.CellState;
import fr.portailfamille.api.reservation.DecisionOutcome;
import fr.portailfamille.api.reservation.RefusalCode;
import fr.portailfamille.api.reservation.ReservationOutcome;
import fr.portailfamille.web.reservation.MonthGrid;

/**
 * The words of the reservation pages, as the legend of the old portal says them: {@code ${@reservationLabels...}}.
 * Every state also has a short symbol, so that no cell is told by its colour alone.
 */
@Component("reservationLabels")
public class ReservationLabels {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Formats.FRENCH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Formats.FRENCH);

    private static final Map<CellState, String> STATES = Map.of(
            CellState.FREE, "Case libre",
            CellState.REQUESTED, "Demande de réservation envoyée",
            CellState.WAITLISTED, "Demande de réservation en liste d'attente",
            CellState.VALIDATED, "Réservation validée",
            CellState.CANCELLATION_REQUESTED, "Demande d'annulation envoyée",
            CellState.PRESENT, "Présence (non modifiable)",
            CellState.ABSENT, "Absence (non modifiable)",
            CellState.ABSENT_JUSTIFIED, "Absence justifiée (non modifiable)",
            CellState.BILLED, "Réservation facturée (non modifiable)",
            CellState.CLOSED, "Fermé");
    private static final Map<CellState, String> SYMBOLS = Map.of(
            CellState.FREE, "",
            CellState.REQUESTED, "…",
            CellState.WAITLISTED, "LA",
            CellState.VALIDATED, "✓",
            CellState.CANCELLATION_REQUESTED, "✗",
            CellState.PRESENT, "P",
            CellState.ABSENT, "A",
            CellState.ABSENT_JUSTIFIED, "AJ",
            CellState.BILLED, "€",
            CellState.CLOSED, "–");
    private static final Map<RefusalCode, String> REFUSALS = Map.ofEntries(
            Map.entry(RefusalCode.DEADLINE_PASSED, "le délai de réservation est dépassé"),
            Map.entry(RefusalCode.NOT_ENROLLED, "pas d'inscription validée pour ce jour"),
            Map.entry(RefusalCode.CLOSED, "l'accueil est fermé ce jour-là"),
            Map.entry(RefusalCode.REQUIRES_UNIT, "à réserver avec l'accueil dont il dépend le même jour"),
            Map.entry(RefusalCode.EXCLUDED_UNIT, "incompatible avec une autre réservation du même jour"),
            Map.entry(RefusalCode.NOT_MODIFIABLE, "cette case n'est plus modifiable"),
            Map.entry(RefusalCode.UNKNOWN_UNIT, "unité inconnue"),
            Map.entry(RefusalCode.NOT_PENDING, "aucune demande en attente pour cette case"),
            Map.entry(RefusalCode.NOT_RESERVED, "pas de réservation ce jour-là"),
            Map.entry(RefusalCode.DAY_NOT_STARTED, "la journée n'a pas encore commencé"),
            Map.entry(RefusalCode.ALREADY_RESERVED, "déjà réservé"));
    private static final Map<ReservationOutcome, String> OUTCOMES = Map.of(
            ReservationOutcome.REQUESTED, "demande de réservation envoyée",
            ReservationOutcome.VALIDATED, "réservation validée",
            ReservationOutcome.WAITLISTED, "liste d'attente",
            ReservationOutcome.CANCELLATION_REQUESTED, "demande d'annulation envoyée",
            ReservationOutcome.CANCELLED, "réservation annulée",
            ReservationOutcome.WITHDRAWN, "demande retirée",
            ReservationOutcome.UNCHANGED, "déjà pris en compte",
            ReservationOutcome.REFUSED, "refusé");
    private static final Map<DecisionOutcome, String> DECISIONS = Map.of(
            DecisionOutcome.VALIDATED, "validée",
            DecisionOutcome.REJECTED, "refusée",
            DecisionOutcome.CANCELLED, "annulation validée",
            DecisionOutcome.UNCHANGED, "déjà traitée",
            DecisionOutcome.REFUSED, "impossible");
    private static final Map<AttendanceOutcome, String> ATTENDANCE = Map.of(
            AttendanceOutcome.RECORDED, "enregistré",
            AttendanceOutcome.UNCHANGED, "inchangé",
            AttendanceOutcome.REFUSED, "impossible");

    /** The states of the legend, in its order. */
    public CellState[] states() {
        return CellState.values();
    }

    public String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Formats.FRENCH);
    }

    public String state(CellState state) {
        return STATES.get(state);
    }

    /** The cell's legend label: after the deadline a reservation or a waitlisted request reads "non modifiable". */
    public String cell(MonthGrid.Cell cell) {
        if (!cell.modifiable() && cell.state() == CellState.VALIDATED) {
            return "Réservation (non modifiable)";
        }
        if (!cell.modifiable() && cell.state() == CellState.WAITLISTED) {
            return "Réservation en liste d'attente (non modifiable)";
        }
        return state(cell.state());
    }

    public String symbol(CellState state) {
        return SYMBOLS.get(state);
    }

    public String outcome(ReservationOutcome outcome, String code) {
        return code == null ? OUTCOMES.get(outcome) : OUTCOMES.get(outcome) + " : " + refusal(code);
    }

    public String decision(DecisionOutcome outcome, String code) {
        return code == null ? DECISIONS.get(outcome) : DECISIONS.get(outcome) + " : " + refusal(code);
    }

    public String attendance(AttendanceOutcome outcome, String code) {
        return code == null ? ATTENDANCE.get(outcome) : ATTENDANCE.get(outcome) + " : " + refusal(code);
    }

    public String refusal(String code) {
        try {
            return REFUSALS.get(RefusalCode.valueOf(code));
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    public String month(YearMonth month) {
        return MONTH.format(month);
    }

    /** "jeudi 3 décembre" */
    public String day(LocalDate date) {
        return DAY.format(date);
    }
}
