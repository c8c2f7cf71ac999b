package fr.portailfamille.domain.reservation;

import java.util.ArrayList;
import java.util.List;

import fr.portailfamille.api.reservation.CancellationReason;
import fr.portailfamille.api.reservation.CellState;
import fr.portailfamille.api.reservation.DecisionOutcome;
import fr.portailfamille.api.reservation.DecisionResult;
import fr.portailfamille.api.reservation.RefusalCode;
import fr.portailfamille.api.reservation.StaffDecision;

/**
 * Staff decisions on a day: VALIDATE turns a request into a reservation; REJECT refuses a request or a waitlisted
 * request (freeing its place) or refuses a cancellation request (the reservation stands); VALIDATE_CANCELLATION
 * ends a reservation whose cancellation the parent asked for. A decision already in effect changes nothing; one on a
 * cell that awaits no such decision is refused (NOT_PENDING). Staff are not bound by the parents' deadline.
 */
final class StaffDecisions {
    static final String DEFAULT_REJECTION_REASON = "Refusée par le service enfance.";

    private StaffDecisions() {
    }

    static List<DecisionResult> apply(SlotTransaction tx, List<StaffDecision> decisions) {
        WellFormedCells.require(decisions, "décisions", StaffDecision::childId, StaffDecision::unitId,
                StaffDecision::decision);
        List<DecisionResult> results = new ArrayList<>();
        for (StaffDecision decision : decisions) {
            results.add(decide(tx, decision));
        }
        return results;
    }

    private static DecisionResult decide(SlotTransaction tx, StaffDecision decision) {
        String childId = decision.childId();
        String unitId = decision.unitId();
        if (tx.day().unit(unitId).isEmpty()) {
            return new DecisionResult(childId, unitId, DecisionOutcome.REFUSED, RefusalCode.UNKNOWN_UNIT.name());
        }
        CellState current = tx.cell(childId, unitId);
        DecisionOutcome outcome = switch (decision.decision()) {
            case VALIDATE -> validate(tx, childId, unitId, current);
            case REJECT -> reject(tx, decision, current);
            case VALIDATE_CANCELLATION -> validateCancellation(tx, childId, unitId, current);
        };
        return new DecisionResult(childId, unitId, outcome,
                outcome == DecisionOutcome.REFUSED ? RefusalCode.NOT_PENDING.name() : null);
    }

    private static DecisionOutcome validate(SlotTransaction tx, String childId, String unitId, CellState current) {
        if (current == CellState.VALIDATED) {
            return DecisionOutcome.UNCHANGED;
        }
        if (current != CellState.REQUESTED) {
            return DecisionOutcome.REFUSED;
        }
        tx.validate(childId, unitId);
        return DecisionOutcome.VALIDATED;
    }

    private static DecisionOutcome reject(SlotTransaction tx, StaffDecision decision, CellState current) {
        return switch (current) {
            case FREE -> DecisionOutcome.UNCHANGED;
            case REQUESTED, WAITLISTED -> {
                String reason = decision.reason() == null || decision.reason().isBlank() ? DEFAULT_REJECTION_REASON
                        : decision.reason().trim();
                tx.reject(decision.childId(), decision.unitId(), reason);
                yield DecisionOutcome.REJECTED;
            }
            case CANCELLATION_REQUESTED -> {
                tx.validate(decision.childId(), decision.unitId());
                yield DecisionOutcome.VALIDATED;
            }
            default -> DecisionOutcome.REFUSED;
        };
    }

    private static DecisionOutcome validateCancellation(SlotTransaction tx, String childId, String unitId,
                                                        CellState current) {
        if (current == CellState.FREE) {
            return DecisionOutcome.UNCHANGED;
        }
        if (current != CellState.CANCELLATION_REQUESTED) {
            return DecisionOutcome.REFUSED;
        }
        tx.cancel(childId, unitId, CancellationReason.PARENT);
        return DecisionOutcome.CANCELLED;
    }
}
