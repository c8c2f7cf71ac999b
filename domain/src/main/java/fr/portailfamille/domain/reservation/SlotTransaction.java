package fr.portailfamille.domain.reservation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.portailfamille.api.catalogue.ValidationMode;
import fr.portailfamille.api.reservation.AttendanceRecorded;
import fr.portailfamille.api.reservation.AttendanceStatus;
import fr.portailfamille.api.reservation.CancellationReason;
import fr.portailfamille.api.reservation.CancellationRequested;
import fr.portailfamille.api.reservation.CellState;
import fr.portailfamille.api.reservation.DeadlineOverridden;
import fr.portailfamille.api.reservation.ReservationCancelled;
import fr.portailfamille.api.reservation.ReservationOutcome;
import fr.portailfamille.api.reservation.ReservationRejected;
import fr.portailfamille.api.reservation.ReservationRequested;
import fr.portailfamille.api.reservation.ReservationValidated;
import fr.portailfamille.api.reservation.ReservationWaitlisted;
import fr.portailfamille.api.reservation.ReservationWithdrawn;
import fr.portailfamille.api.reservation.SlotEvent;
import fr.portailfamille.api.reservation.WaitlistedReservationPromoted;

/**
 * The events one command decides, folded as they are decided onto a working copy of the slot's state, so that each
 * decision sees the ones before it (a freed place, a promotion). The aggregate applies {@link #events()} afterwards.
 * Every step that frees a place promotes the waitlist at once.
 */
final class SlotTransaction {
    private final SlotDay day;
    private final List<SlotEvent> events = new ArrayList<>();
    private SlotState state;

    SlotTransaction(SlotState state, SlotDay day) {
        this.state = state;
        this.day = day;
    }

    SlotDay day() {
        return day;
    }

    SlotState state() {
        return state;
    }

    List<SlotEvent> events() {
        return List.copyOf(events);
    }

    CellState cell(String childId, String unitId) {
        return state.cell(childId, unitId);
    }

    /**
     * A request for a free cell: waitlisted when the unit is full, else requested (MANUAL) or validated. Places freed
     * since the waitlist formed (a capacity raised in the catalogue) go to the waitlist first.
     */
    ReservationOutcome reserve(String childId, String unitId) {
        promoteWaitlisted(unitId);
        UnitBook unit = state.unit(unitId);
        if (WaitlistPolicy.mustWait(day.capacity(unitId), unit)) {
            apply(new ReservationWaitlisted(day.slotId(), day.activityId(), day.date(), childId, unitId,
                    unit.waitlist().size() + 1));
            return ReservationOutcome.WAITLISTED;
        }
        if (day.validationMode() == ValidationMode.AUTOMATIC) {
            apply(new ReservationValidated(day.slotId(), day.activityId(), day.date(), childId, unitId, true));
            return ReservationOutcome.VALIDATED;
        }
        apply(new ReservationRequested(day.slotId(), day.activityId(), day.date(), childId, unitId));
        return ReservationOutcome.REQUESTED;
    }

    void withdraw(String childId, String unitId) {
        apply(new ReservationWithdrawn(day.slotId(), day.activityId(), day.date(), childId, unitId));
        promoteWaitlisted(unitId);
    }

    void cancel(String childId, String unitId, CancellationReason reason) {
        apply(new ReservationCancelled(day.slotId(), day.activityId(), day.date(), childId, unitId, reason.name()));
        promoteWaitlisted(unitId);
    }

    /** The child's enrolment ended: every cell it holds is cancelled, except attendance already taken. */
    void cancelEverythingHeldBy(String childId) {
        for (String unitId : state.unitsHeldBy(childId)) {
            if (!AttendanceRule.isAttended(cell(childId, unitId))) {
                cancel(childId, unitId, CancellationReason.ENROLMENT_ENDED);
            }
        }
    }

    void requestCancellation(String childId, String unitId) {
        apply(new CancellationRequested(day.slotId(), day.activityId(), day.date(), childId, unitId));
    }

    void validate(String childId, String unitId) {
        apply(new ReservationValidated(day.slotId(), day.activityId(), day.date(), childId, unitId, false));
    }

    void reject(String childId, String unitId, String reason) {
        apply(new ReservationRejected(day.slotId(), day.activityId(), day.date(), childId, unitId, reason));
        promoteWaitlisted(unitId);
    }

    void overrideDeadline(String childId, String unitId) {
        apply(new DeadlineOverridden(day.slotId(), day.activityId(), day.date(), childId, unitId));
    }

    void recordAttendance(String childId, String unitId, AttendanceStatus status, boolean booked) {
        apply(new AttendanceRecorded(day.slotId(), day.activityId(), day.date(), childId, unitId, status, booked));
    }

    private void promoteWaitlisted(String unitId) {
        Optional<String> next = WaitlistPolicy.nextToPromote(day.capacity(unitId), state.unit(unitId));
        while (next.isPresent()) {
            apply(new WaitlistedReservationPromoted(day.slotId(), day.activityId(), day.date(), next.get(), unitId,
                    WaitlistPolicy.promotedState(day.validationMode())));
            next = WaitlistPolicy.nextToPromote(day.capacity(unitId), state.unit(unitId));
        }
    }

    private void apply(SlotEvent event) {
        events.add(event);
        state = state.after(event);
    }
}
