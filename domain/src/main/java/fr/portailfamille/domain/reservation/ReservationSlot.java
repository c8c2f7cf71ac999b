package fr.portailfamille.domain.reservation;

import java.time.Clock;
import java.time.LocalDate;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;

import fr.portailfamille.api.AuditMetadata;
import fr.portailfamille.api.Role;
import fr.portailfamille.api.family.ChildId;
import fr.portailfamille.api.reservation.AttendanceResults;
import fr.portailfamille.api.reservation.CancelReservationsOfEndedEnrolment;
import fr.portailfamille.api.reservation.ChangeReservations;
import fr.portailfamille.api.reservation.ChangeResults;
import fr.portailfamille.api.reservation.DecideReservations;
import fr.portailfamille.api.reservation.DecisionResults;
import fr.portailfamille.api.reservation.RecordAttendance;
import fr.portailfamille.api.reservation.SlotEvent;
import fr.portailfamille.domain.calendar.DeadlinePolicy;
import fr.portailfamille.domain.catalogue.CatalogueLookup;
import fr.portailfamille.domain.enrolment.EnrolmentLookup;

/**
 * One activity's day ({@code slot:APS:2026-12-03}): the consistency boundary of its capacity, waitlist order and
 * unit rules. Each command works on a {@link SlotTransaction} (a copy of the state that every decision updates) and
 * applies the events it decided; a command that changes nothing applies nothing. The rules live in named policies:
 * {@link DeadlineGate}, {@link CapacityPolicy}, {@link WaitlistPolicy}, {@link UnitRulesPolicy},
 * {@link AttendanceRule}.
 */
public class ReservationSlot {
    @AggregateIdentifier
    private String slotId;
    private SlotState state = SlotState.EMPTY;

    public ReservationSlot() {
        // for Axon and Jackson
    }

    /**
     * A slot without events yet, named by the first command sent to it: a command that applies nothing leaves an
     * aggregate that the cache can still hold under its id.
     */
    public ReservationSlot(String slotId) {
        this.slotId = slotId;
    }

    /** A parent's or staff's changes to one child's day; the role comes from the command's metadata. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public ChangeResults handle(ChangeReservations command, CatalogueLookup catalogue, EnrolmentLookup enrolments,
                                Clock clock, @MetaDataValue(AuditMetadata.ROLE) String role) {
        SlotTransaction tx = begin(command.slotId(), command.activityId(), command.date(), catalogue);
        ChangeResults results = new ChangeResults(ChildDayChanges.apply(tx, command.childId(), command.changes(),
                Role.STAFF.name().equals(role), clock.instant(),
                () -> enrolments.covers(command.childId(), command.activityId(), command.date())));
        commit(tx);
        return results;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public DecisionResults handle(DecideReservations command, CatalogueLookup catalogue) {
        SlotTransaction tx = begin(command.slotId(), command.activityId(), command.date(), catalogue);
        DecisionResults results = new DecisionResults(StaffDecisions.apply(tx, command.decisions()));
        commit(tx);
        return results;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public AttendanceResults handle(RecordAttendance command, CatalogueLookup catalogue, EnrolmentLookup enrolments,
                                    Clock clock) {
        SlotTransaction tx = begin(command.slotId(), command.activityId(), command.date(), catalogue);
        LocalDate today = LocalDate.ofInstant(clock.instant(), DeadlinePolicy.PARIS);
        AttendanceResults results = new AttendanceResults(AttendanceSheet.apply(tx, command.records(), today,
                childId -> enrolments.covers(childId, command.activityId(), command.date())));
        commit(tx);
        return results;
    }

    /** Everything the child still holds on this day is cancelled; attendance already taken stays. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(CancelReservationsOfEndedEnrolment command, CatalogueLookup catalogue) {
        new ChildId(command.childId());
        SlotTransaction tx = begin(command.slotId(), command.activityId(), command.date(), catalogue);
        tx.cancelEverythingHeldBy(command.childId());
        commit(tx);
    }

    private SlotTransaction begin(String commandSlotId, String activityId, LocalDate date,
                                  CatalogueLookup catalogue) {
        return new SlotTransaction(state, SlotDay.of(commandSlotId, activityId, date, catalogue));
    }

    private static void commit(SlotTransaction tx) {
        tx.events().forEach(AggregateLifecycle::apply);
    }

    @EventSourcingHandler
    void on(SlotEvent event) {
        slotId = event.slotId();
        state = state.after(event);
    }

    public String getSlotId() {
        return slotId;
    }

    /** The day's cells as they stand; also what a snapshot carries. */
    public SlotState getState() {
        return state;
    }
}
