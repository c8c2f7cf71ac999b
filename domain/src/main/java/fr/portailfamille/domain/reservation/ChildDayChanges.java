package fr.portailfamille.domain.reservation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

import fr.portailfamille.api.catalogue.ValidationMode;
import fr.portailfamille.api.reservation.CancellationReason;
import fr.portailfamille.api.reservation.CellChange;
import fr.portailfamille.api.reservation.CellState;
import fr.portailfamille.api.reservation.ChangeResult;
import fr.portailfamille.api.reservation.RefusalCode;
import fr.portailfamille.api.reservation.ReservationAction;
import fr.portailfamille.api.reservation.ReservationOutcome;

/**
 * A child's changes to one day, decided together. Each change is first screened on its own (unknown unit, already in
 * effect, cell no longer modifiable, closed day, deadline, enrolment), then the unit rules are checked on what the
 * day would become, then the remaining changes go through: reserve (requested, validated or waitlisted), withdraw a
 * request, cancel a reservation (at once in AUTOMATIC mode or by staff, else a cancellation request).
 */
final class ChildDayChanges {
    private static final Set<CellState> RESERVED_OR_ASKED = Set.of(CellState.REQUESTED, CellState.WAITLISTED,
            CellState.VALIDATED);

    private ChildDayChanges() {
    }

    static List<ChangeResult> apply(SlotTransaction tx, String childId, List<CellChange> changes, boolean staff,
                                    Instant now, BooleanSupplier enrolled) {
        WellFormedCells.require(changes, "modifications", change -> childId, CellChange::unitId, CellChange::action);
        DeadlineGate gate = DeadlineGate.of(staff, now, tx.day().deadline());
        BooleanSupplier enrolledOnce = once(enrolled);
        Map<String, ChangeResult> results = new LinkedHashMap<>();
        List<CellChange> admitted = new ArrayList<>();
        for (CellChange change : changes) {
            Optional<ChangeResult> decidedAlone = screen(tx, childId, change, gate, enrolledOnce);
            decidedAlone.ifPresentOrElse(result -> results.put(change.unitId(), result), () -> admitted.add(change));
        }
        Map<String, RefusalCode> broken = UnitRulesPolicy.refusals(tx.day().activity(),
                tx.state().unitsHeldBy(childId), admitted);
        for (CellChange change : admitted) {
            RefusalCode code = broken.get(change.unitId());
            results.put(change.unitId(), code != null ? refused(change.unitId(), code)
                    : new ChangeResult(change.unitId(), perform(tx, childId, change, gate, staff), null));
        }
        return changes.stream().map(change -> results.get(change.unitId())).toList();
    }

    /** The result of a change decided on its own, or empty when it may go on to the unit rules. */
    private static Optional<ChangeResult> screen(SlotTransaction tx, String childId, CellChange change,
                                                 DeadlineGate gate, BooleanSupplier enrolled) {
        String unitId = change.unitId();
        boolean reserve = change.action() == ReservationAction.RESERVE;
        CellState current = tx.cell(childId, unitId);
        if (tx.day().unit(unitId).isEmpty()) {
            return Optional.of(refused(unitId, RefusalCode.UNKNOWN_UNIT));
        }
        if (reserve ? RESERVED_OR_ASKED.contains(current)
                : current == CellState.FREE || current == CellState.CANCELLATION_REQUESTED) {
            return Optional.of(new ChangeResult(unitId, ReservationOutcome.UNCHANGED, null));
        }
        if (AttendanceRule.isAttended(current) || current == CellState.CANCELLATION_REQUESTED) {
            return Optional.of(refused(unitId, RefusalCode.NOT_MODIFIABLE));
        }
        if (reserve && !tx.day().isOpen(unitId)) {
            return Optional.of(refused(unitId, RefusalCode.CLOSED));
        }
        if (gate == DeadlineGate.PASSED) {
            return Optional.of(refused(unitId, RefusalCode.DEADLINE_PASSED));
        }
        if (reserve && !enrolled.getAsBoolean()) {
            return Optional.of(refused(unitId, RefusalCode.NOT_ENROLLED));
        }
        return Optional.empty();
    }

    private static ReservationOutcome perform(SlotTransaction tx, String childId, CellChange change,
                                              DeadlineGate gate, boolean staff) {
        String unitId = change.unitId();
        if (gate == DeadlineGate.STAFF_OVERRIDE) {
            tx.overrideDeadline(childId, unitId);
        }
        if (change.action() == ReservationAction.RESERVE) {
            return tx.reserve(childId, unitId);
        }
        if (tx.cell(childId, unitId) != CellState.VALIDATED) {
            tx.withdraw(childId, unitId);
            return ReservationOutcome.WITHDRAWN;
        }
        if (staff || tx.day().validationMode() == ValidationMode.AUTOMATIC) {
            tx.cancel(childId, unitId, staff ? CancellationReason.STAFF : CancellationReason.PARENT);
            return ReservationOutcome.CANCELLED;
        }
        tx.requestCancellation(childId, unitId);
        return ReservationOutcome.CANCELLATION_REQUESTED;
    }

    private static ChangeResult refused(String unitId, RefusalCode code) {
        return new ChangeResult(unitId, ReservationOutcome.REFUSED, code.name());
    }

    private static BooleanSupplier once(BooleanSupplier supplier) {
        Boolean[] known = new Boolean[1];
        return () -> {
            if (known[0] == null) {
                known[0] = supplier.getAsBoolean();
            }
            return known[0];
        };
    }
}
