package fr.portailfamille.domain.reservation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import fr.portailfamille.api.reservation.AttendanceEntry;
import fr.portailfamille.api.reservation.AttendanceOutcome;
import fr.portailfamille.api.reservation.AttendanceResult;
import fr.portailfamille.api.reservation.AttendanceStatus;
import fr.portailfamille.api.reservation.CellState;
import fr.portailfamille.api.reservation.RefusalCode;

/**
 * The call of a day, see {@link AttendanceRule}: a booked cell takes any status; a child without a validated
 * reservation may only be recorded present (an unbooked presence), on an open day, with a validated enrolment.
 */
final class AttendanceSheet {
    private AttendanceSheet() {
    }

    static List<AttendanceResult> apply(SlotTransaction tx, List<AttendanceEntry> records, LocalDate today,
                                        Predicate<String> enrolled) {
        WellFormedCells.require(records, "présences", AttendanceEntry::childId, AttendanceEntry::unitId,
                AttendanceEntry::status);
        List<AttendanceResult> results = new ArrayList<>();
        for (AttendanceEntry entry : records) {
            RefusalCode refusal = refusal(tx, entry, today, enrolled);
            if (refusal != null) {
                results.add(new AttendanceResult(entry.childId(), entry.unitId(), AttendanceOutcome.REFUSED,
                        refusal.name()));
            } else if (tx.cell(entry.childId(), entry.unitId()) == AttendanceRule.stateOf(entry.status())) {
                results.add(new AttendanceResult(entry.childId(), entry.unitId(), AttendanceOutcome.UNCHANGED, null));
            } else {
                tx.recordAttendance(entry.childId(), entry.unitId(), entry.status(), booked(tx, entry));
                results.add(new AttendanceResult(entry.childId(), entry.unitId(), AttendanceOutcome.RECORDED, null));
            }
        }
        return results;
    }

    private static RefusalCode refusal(SlotTransaction tx, AttendanceEntry entry, LocalDate today,
                                       Predicate<String> enrolled) {
        if (tx.day().unit(entry.unitId()).isEmpty()) {
            return RefusalCode.UNKNOWN_UNIT;
        }
        if (today.isBefore(tx.day().date())) {
            return RefusalCode.DAY_NOT_STARTED;
        }
        if (booked(tx, entry)) {
            return null;
        }
        if (entry.status() != AttendanceStatus.PRESENT) {
            return RefusalCode.NOT_RESERVED;
        }
        CellState current = tx.cell(entry.childId(), entry.unitId());
        if (!AttendanceRule.isAttended(current) && !tx.day().isOpen(entry.unitId())) {
            return RefusalCode.CLOSED;
        }
        if (!AttendanceRule.isAttended(current) && !enrolled.test(entry.childId())) {
            return RefusalCode.NOT_ENROLLED;
        }
        return null;
    }

    private static boolean booked(SlotTransaction tx, AttendanceEntry entry) {
        UnitBook unit = tx.state().unit(entry.unitId());
        return AttendanceRule.isBooked(unit.cell(entry.childId()), unit.unbookedPresences().contains(entry.childId()));
    }
}
