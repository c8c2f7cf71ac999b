package fr.portailfamille.domain.reservation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import fr.portailfamille.api.reservation.AttendanceRecorded;
import fr.portailfamille.api.reservation.AttendanceStatus;
import fr.portailfamille.api.reservation.CancellationRequested;
import fr.portailfamille.api.reservation.CellChange;
import fr.portailfamille.api.reservation.CellState;
import fr.portailfamille.api.reservation.ChangeReservations;
import fr.portailfamille.api.reservation.DeadlineOverridden;
import fr.portailfamille.api.reservation.ReservationAction;
import fr.portailfamille.api.reservation.ReservationCancelled;
import fr.portailfamille.api.reservation.ReservationRejected;
import fr.portailfamille.api.reservation.ReservationRequested;
import fr.portailfamille.api.reservation.ReservationValidated;
import fr.portailfamille.api.reservation.ReservationWaitlisted;
import fr.portailfamille.api.reservation.ReservationWithdrawn;
import fr.portailfamille.api.reservation.SlotId;
import fr.portailfamille.api.reservation.WaitlistedReservationPromoted;

/** Events and commands of one slot, written short: {@code on(APS, THU).requested(A, "APS_MATIN")}. */
record SlotEvents(String activityId, LocalDate date) {
    static final Map<String, Object> PARENT = Map.of("role", "PARENT");
    static final Map<String, Object> STAFF = Map.of("role", "STAFF");

    static SlotEvents on(String activityId, LocalDate date) {
        return new SlotEvents(activityId, date);
    }

    String slotId() {
        return SlotId.of(activityId, date).value();
    }

    static CellChange reserve(String unitId) {
        return new CellChange(unitId, ReservationAction.RESERVE);
    }

    static CellChange cancel(String unitId) {
        return new CellChange(unitId, ReservationAction.CANCEL);
    }

    ChangeReservations change(String childId, CellChange... changes) {
        return new ChangeReservations(slotId(), activityId, date, childId, Arrays.asList(changes));
    }

    ReservationRequested requested(String childId, String unitId) {
        return new ReservationRequested(slotId(), activityId, date, childId, unitId);
    }

    ReservationWaitlisted waitlisted(String childId, String unitId, int position) {
        return new ReservationWaitlisted(slotId(), activityId, date, childId, unitId, position);
    }

    ReservationValidated validated(String childId, String unitId, boolean automatic) {
        return new ReservationValidated(slotId(), activityId, date, childId, unitId, automatic);
    }

    ReservationRejected rejected(String childId, String unitId, String reason) {
        return new ReservationRejected(slotId(), activityId, date, childId, unitId, reason);
    }

    ReservationWithdrawn withdrawn(String childId, String unitId) {
        return new ReservationWithdrawn(slotId(), activityId, date, childId, unitId);
    }

    CancellationRequested cancellationRequested(String childId, String unitId) {
        return new CancellationRequested(slotId(), activityId, date, childId, unitId);
    }

    ReservationCancelled cancelled(String childId, String unitId, String reason) {
        return new ReservationCancelled(slotId(), activityId, date, childId, unitId, reason);
    }

    WaitlistedReservationPromoted promoted(String childId, String unitId, CellState becomes) {
        return new WaitlistedReservationPromoted(slotId(), activityId, date, childId, unitId, becomes);
    }

    AttendanceRecorded attended(String childId, String unitId, AttendanceStatus status, boolean booked) {
        return new AttendanceRecorded(slotId(), activityId, date, childId, unitId, status, booked);
    }

    DeadlineOverridden overridden(String childId, String unitId) {
        return new DeadlineOverridden(slotId(), activityId, date, childId, unitId);
    }
}
