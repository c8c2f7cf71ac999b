package fr.portailfamille.domain.reservation;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

import fr.portailfamille.api.enrolment.EnrolmentEnded;
import fr.portailfamille.api.reservation.CancelReservationsOfEndedEnrolment;
import fr.portailfamille.api.reservation.FindChildReservationDays;
import fr.portailfamille.api.reservation.SlotId;
import fr.portailfamille.domain.catalogue.CatalogueLookup;
import fr.portailfamille.domain.catalogue.PeriodView;

/**
 * When a child's enrolment ends (désinscription), the child's reservations from its end to the end of the period
 * are cancelled, slot by slot. The days come from the read model of the child's reservations; a slot also refuses
 * new reservations after the end, since the enrolment no longer covers them. Sends commands, so never replayed.
 */
@ProcessingGroup(EnrolmentEndPolicy.PROCESSING_GROUP)
public class EnrolmentEndPolicy {
    public static final String PROCESSING_GROUP = "reservation-enrolment-end";

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final CatalogueLookup catalogue;

    public EnrolmentEndPolicy(CommandGateway commandGateway, QueryGateway queryGateway, CatalogueLookup catalogue) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.catalogue = catalogue;
    }

    @EventHandler
    @DisallowReplay
    public void on(EnrolmentEnded event) {
        LocalDate periodEnd = catalogue.catalogue().period(event.periodId())
                .map(PeriodView::to).orElse(event.from());
        if (periodEnd.isBefore(event.from())) {
            return;
        }
        List<LocalDate> days = queryGateway.query(new FindChildReservationDays(event.childId(), event.activityId(),
                event.from(), periodEnd), ResponseTypes.multipleInstancesOf(LocalDate.class)).join();
        for (LocalDate day : days) {
            commandGateway.sendAndWait(new CancelReservationsOfEndedEnrolment(
                    SlotId.of(event.activityId(), day).value(), event.activityId(), day, event.childId()));
        }
    }
}
