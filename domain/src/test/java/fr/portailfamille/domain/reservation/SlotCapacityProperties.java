package fr.portailfamille.domain.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import fr.portailfamille.api.reservation.CellChange;
import fr.portailfamille.api.reservation.CellState;
import fr.portailfamille.api.reservation.Decision;
import fr.portailfamille.api.reservation.ReservationAction;
import fr.portailfamille.api.reservation.ReservationCancelled;
import fr.portailfamille.api.reservation.ReservationRejected;
import fr.portailfamille.api.reservation.ReservationWaitlisted;
import fr.portailfamille.api.reservation.ReservationWithdrawn;
import fr.portailfamille.api.reservation.SlotEvent;
import fr.portailfamille.api.reservation.StaffDecision;
import fr.portailfamille.api.reservation.WaitlistedReservationPromoted;
import fr.portailfamille.domain.catalogue.DemoCommune;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Whatever the sequence of requests, withdrawals, cancellations, rejections, validations and ended enrolments, by
 * parents or staff: a unit never holds more places than its capacity, nobody waits while a place is free, and the
 * waitlist is served in arrival order. Checked on a MANUAL unit (MERC_MIDI, 3 places) and an AUTOMATIC one
 * (RS_REPAS, 2 places).
 */
class SlotCapacityProperties {
    private static final int CHILDREN = 8;
    private static final ReservationWorld WORLD = enrolledWorld();
    private static final Map<String, SlotDay> DAYS = Map.of(
            "MERC_MIDI", WORLD.day(DemoCommune.MERC, LocalDate.of(2026, 12, 2)),
            "RS_REPAS", WORLD.day(DemoCommune.RS, LocalDate.of(2026, 12, 3)));

    enum Kind { RESERVE, CANCEL, VALIDATE, REJECT, VALIDATE_CANCELLATION, END_ENROLMENT }

    record Step(Kind kind, int child, boolean staff) {
        String childId() {
            return "child-" + child;
        }
    }

    private static ReservationWorld enrolledWorld() {
        ReservationWorld world = new ReservationWorld().withCapacity("MERC_MIDI", 3).withCapacity("RS_REPAS", 2);
        for (int child = 0; child < CHILDREN; child++) {
            world.enrol("child-" + child, DemoCommune.MERC_PERIOD).enrol("child-" + child, DemoCommune.RS_PERIOD);
        }
        return world;
    }

    @AfterContainer
    static void closeWorld() {
        WORLD.close();
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.of(Kind.class), Arbitraries.integers().between(0, CHILDREN - 1),
                Arbitraries.of(true, false)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 300)
    void manualUnitNeverOverbooksAndServesItsWaitlistInArrivalOrder(@ForAll("steps") List<Step> steps) {
        play("MERC_MIDI", 3, steps);
    }

    @Property(tries = 300)
    void automaticUnitNeverOverbooksAndServesItsWaitlistInArrivalOrder(@ForAll("steps") List<Step> steps) {
        play("RS_REPAS", 2, steps);
    }

    private static void play(String unitId, int capacity, List<Step> steps) {
        SlotDay day = DAYS.get(unitId);
        SlotState state = SlotState.EMPTY;
        Deque<String> arrivals = new ArrayDeque<>();
        for (Step step : steps) {
            SlotTransaction tx = new SlotTransaction(state, day);
            perform(tx, unitId, step);
            for (SlotEvent event : tx.events()) {
                followWaitlist(arrivals, event);
            }
            state = tx.state();
            UnitBook unit = state.unit(unitId);
            long reservedOrRequested = unit.cells().values().stream()
                    .filter(cell -> cell == CellState.VALIDATED || cell == CellState.REQUESTED
                            || cell == CellState.CANCELLATION_REQUESTED).count();
            assertThat(reservedOrRequested).isLessThanOrEqualTo(capacity);
            assertThat(unit.waitlist()).containsExactlyElementsOf(arrivals);
            if (!unit.waitlist().isEmpty()) {
                assertThat(unit.placesTaken()).as("nobody waits while a place is free").isEqualTo(capacity);
            }
        }
    }

    private static void perform(SlotTransaction tx, String unitId, Step step) {
        String childId = step.childId();
        switch (step.kind()) {
            case RESERVE, CANCEL -> ChildDayChanges.apply(tx, childId,
                    List.of(new CellChange(unitId, step.kind() == Kind.RESERVE ? ReservationAction.RESERVE
                            : ReservationAction.CANCEL)), step.staff(), ReservationWorld.NOW, () -> true);
            case VALIDATE, REJECT, VALIDATE_CANCELLATION -> StaffDecisions.apply(tx,
                    List.of(new StaffDecision(childId, unitId, Decision.valueOf(step.kind().name()), null)));
            case END_ENROLMENT -> tx.cancelEverythingHeldBy(childId);
        }
    }

    /** The model of arrival order: promotions must take the earliest arrival still waiting. */
    private static void followWaitlist(Deque<String> arrivals, SlotEvent event) {
        if (event instanceof ReservationWaitlisted waitlisted) {
            arrivals.addLast(waitlisted.childId());
            assertThat(waitlisted.position()).isEqualTo(arrivals.size());
        } else if (event instanceof WaitlistedReservationPromoted promoted) {
            assertThat(promoted.childId()).as("promoted in arrival order").isEqualTo(arrivals.peekFirst());
            arrivals.removeFirst();
        } else if (event instanceof ReservationWithdrawn || event instanceof ReservationRejected
                || event instanceof ReservationCancelled) {
            arrivals.remove(event.childId());
        }
    }
}
