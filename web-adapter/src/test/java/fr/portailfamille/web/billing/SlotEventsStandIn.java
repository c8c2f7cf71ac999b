package fr.portailfamille.web.billing;

import java.time.LocalDate;

import org.axonframework.eventhandling.gateway.EventGateway;

import fr.portailfamille.api.reservation.AttendanceRecorded;
import fr.portailfamille.api.reservation.AttendanceStatus;
import fr.portailfamille.api.reservation.ReservationCancelled;
import fr.portailfamille.api.reservation.ReservationValidated;
import fr.portailfamille.api.reservation.SlotId;

/**
 * Stands in for the reservation slots (issue #5) in the billing tests: publishes the slot events that real
 * reservations and attendance would record, straight on the event bus. Once reservations are merged, these tests
 * should reserve and take attendance through the API instead.
 */
final class SlotEventsStandIn {
    private final EventGateway eventGateway;

    SlotEventsStandIn(EventGateway eventGateway) {
        this.eventGateway = eventGateway;
    }

    void validated(String childId, String activityId, String unitId, LocalDate date) {
        eventGateway.publish(new ReservationValidated(slot(activityId, date), activityId, date, childId, unitId,
                true));
    }

    void cancelled(String childId, String activityId, String unitId, LocalDate date) {
        eventGateway.publish(new ReservationCancelled(slot(activityId, date), activityId, date, childId, unitId,
                "PARENT"));
    }

    void attendance(String childId, String activityId, String unitId, LocalDate date, AttendanceStatus status,
                    boolean booked) {
        eventGateway.publish(new AttendanceRecorded(slot(activityId, date), activityId, date, childId, unitId,
                status, booked));
    }

    private static String slot(String activityId, LocalDate date) {
        return SlotId.of(activityId, date).value();
    }
}
