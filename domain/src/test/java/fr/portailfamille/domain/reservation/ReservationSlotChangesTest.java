package fr.portailfamille.domain.reservation;

import static fr.portailfamille.domain.reservation.SlotEvents.PARENT;
import static fr.portailfamille.domain.reservation.SlotEvents.STAFF;
import static fr.portailfamille.domain.reservation.SlotEvents.cancel;
import static fr.portailfamille.domain.reservation.SlotEvents.on;
import static fr.portailfamille.domain.reservation.SlotEvents.reserve;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.portailfamille.api.reservation.AttendanceStatus;
import fr.portailfamille.api.reservation.CellState;
import fr.portailfamille.api.reservation.ChangeReservations;
import fr.portailfamille.api.reservation.ChangeResult;
import fr.portailfamille.api.reservation.ChangeResults;
import fr.portailfamille.api.reservation.ReservationOutcome;
import fr.portailfamille.domain.catalogue.DemoCommune;

/** A child's changes to a day: every outcome and every refusal of {@code ChangeReservations}. */
class ReservationSlotChangesTest {
    static final String A = "child-a";
    static final String B = "child-b";
    static final String C = "child-c";
    static final String NOT_ENROLLED = "child-n";
    /** Thursday: APS and RS open, the deadline (Wednesday 09:30) is ahead. */
    static final LocalDate THU = LocalDate.of(2026, 12, 3);
    /** Wednesday: MERC open until Tuesday 09:30, APS closed. */
    static final LocalDate WED = LocalDate.of(2026, 12, 2);
    /** Today, Tuesday: its deadline was Monday 09:30. */
    static final LocalDate TUE = LocalDate.of(2026, 12, 1);
    /** A Monday of the Christmas holidays: ALSH open. */
    static final LocalDate HOLIDAY = LocalDate.of(2026, 12, 21);

    private ReservationWorld world;
    private AggregateTestFixture<ReservationSlot> fixture;
    private final SlotEvents aps = on(DemoCommune.APS, THU);
    private final SlotEvents rs = on(DemoCommune.RS, THU);
    private final SlotEvents merc = on(DemoCommune.MERC, WED);
    private final SlotEvents alsh = on(DemoCommune.ALSH, HOLIDAY);

    @BeforeEach
    void setUp() {
        world = new ReservationWorld();
        for (String period : new String[] {DemoCommune.APS_PERIOD, DemoCommune.RS_PERIOD, DemoCommune.MERC_PERIOD,
                DemoCommune.ALSH_PERIOD}) {
            world.enrol(A, period).enrol(B, period).enrol(C, period);
        }
        fixture = world.fixture();
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    private static ChangeResults results(ChangeResult... results) {
        return new ChangeResults(Arrays.asList(results));
    }

    private static ChangeResult result(String unitId, ReservationOutcome outcome) {
        return new ChangeResult(unitId, outcome, null);
    }

    private static ChangeResult refused(String unitId, String code) {
        return new ChangeResult(unitId, ReservationOutcome.REFUSED, code);
    }

    @Test
    void givenEnrolledChild_whenReservingAManualUnit_thenRequested() {
        fixture.givenNoPriorActivity()
                .when(aps.change(A, reserve("APS_MATIN")), PARENT)
                .expectEvents(aps.requested(A, "APS_MATIN"))
                .expectResultMessagePayload(results(result("APS_MATIN", ReservationOutcome.REQUESTED)));
    }

    @Test
    void givenEnrolledChild_whenReservingAnAutomaticUnit_thenValidatedAtOnce() {
        fixture.givenNoPriorActivity()
                .when(rs.change(A, reserve("RS_REPAS")), PARENT)
                .expectEvents(rs.validated(A, "RS_REPAS", true))
                .expectResultMessagePayload(results(result("RS_REPAS", ReservationOutcome.VALIDATED)));
    }

    @Test
    void givenRequestedCell_whenReservingAgain_thenUnchangedAndNothingRecorded() {
        fixture.given(aps.requested(A, "APS_MATIN"))
                .when(aps.change(A, reserve("APS_MATIN")), PARENT)
                .expectNoEvents()
                .expectResultMessagePayload(results(result("APS_MATIN", ReservationOutcome.UNCHANGED)));
    }

    @Test
    void givenFreeCell_whenCancelling_thenUnchangedAndNothingRecorded() {
        fixture.given(aps.requested(B, "APS_MATIN"))
                .when(aps.change(A, cancel("APS_MATIN")), PARENT)
                .expectNoEvents()
                .expectResultMessagePayload(results(result("APS_MATIN", ReservationOutcome.UNCHANGED)));
    }

    @Test
    void givenRequestedCell_whenCancelling_thenWithdrawn() {
        fixture.given(aps.requested(A, "APS_MATIN"))
                .when(aps.change(A, cancel("APS_MATIN")), PARENT)
                .expectEvents(aps.withdrawn(A, "APS_MATIN"))
                .expectResultMessagePayload(results(result("APS_MATIN", ReservationOutcome.WITHDRAWN)));
    }

    @Test
    void givenValidatedCellInManualMode_whenParentCancels_thenCancellationRequested() {
        fixture.given(aps.requested(A, "APS_MATIN"), aps.validated(A, "APS_MATIN", false))
                .when(aps.change(A, cancel("APS_MATIN")), PARENT)
                .expectEvents(aps.cancellationRequested(A, "APS_MATIN"))
                .expectResultMessagePayload(results(result("APS_MATIN",
                        ReservationOutcome.CANCELLATION_REQUESTED)));
    }

    @Test
    void givenValidatedCellInAutomaticMode_whenParentCancels_thenCancelledAtOnce() {
        fixture.given(rs.validated(A, "RS_REPAS", true))
                .when(rs.change(A, cancel("RS_REPAS")), PARENT)
                .expectEvents(rs.cancelled(A, "RS_REPAS", "PARENT"))
                .expectResultMessagePayload(results(result("RS_REPAS", ReservationOutcome.CANCELLED)));
    }

    @Test
    void givenValidatedCellInManualMode_whenStaffCancel_thenCancelledByStaff() {
        fixture.given(aps.requested(A, "APS_MATIN"), aps.validated(A, "APS_MATIN", false))
                .when(aps.change(A, cancel("APS_MATIN")), STAFF)
                .expectEvents(aps.cancelled(A, "APS_MATIN", "STAFF"))
                .expectResultMessagePayload(results(result("APS_MATIN", ReservationOutcome.CANCELLED)));
    }

    @Test
    void givenCancellationRequested_whenReservingOrCancellingAgain_thenNotModifiableOrUnchanged() {
        fixture.given(aps.requested(A, "APS_MATIN"), aps.validated(A, "APS_MATIN", false),
                        aps.cancellationRequested(A, "APS_MATIN"), aps.requested(A, "APS_SOIR"),
                        aps.validated(A, "APS_SOIR", false), aps.cancellationRequested(A, "APS_SOIR"))
                .when(aps.change(A, reserve("APS_MATIN"), cancel("APS_SOIR")), PARENT)
                .expectNoEvents()
                .expectResultMessagePayload(results(refused("APS_MATIN", "NOT_MODIFIABLE"),
                        result("APS_SOIR", ReservationOutcome.UNCHANGED)));
    }

    @Test
    void givenAttendanceTaken_whenCancelling_thenNotModifiable() {
        SlotEvents today = on(DemoCommune.APS, TUE);
        fixture.given(today.requested(A, "APS_MATIN"), today.validated(A, "APS_MATIN", false),
                        today.attended(A, "APS_MATIN", AttendanceStatus.PRESENT, true))
                .when(today.change(A, cancel("APS_MATIN")), STAFF)
                .expectNoEvents()
                .expectResultMessagePayload(results(refused("APS_MATIN", "NOT_MODIFIABLE")));
    }

    @Test
    void givenDeadlinePassed_whenParentReserves_thenDeadlinePassed() {
        SlotEvents today = on(DemoCommune.APS, TUE);
        fixture.givenNoPriorActivity()
                .when(today.change(A, reserve("APS_MATIN")), PARENT)
                .expectNoEvents()
                .expectResultMessagePayload(results(refused("APS_MATIN", "DEADLINE_PASSED")));
    }

    @Test
    void givenDeadlinePassed_whenStaffReserve_thenTheOverrideIsRecordedBeforeTheRequest() {
        SlotEvents today = on(DemoCommune.APS, TUE);
        fixture.givenNoPriorActivity()
                .when(today.change(A, reserve("APS_MATIN")), STAFF)
                .expectEvents(today.overridden(A, "APS_MATIN"), today.requested(A, "APS_MATIN"))
                .expectResultMessagePayload(results(result("APS_MATIN", ReservationOutcome.REQUESTED)));
    }

    @Test
    void givenClosedDay_whenReserving_thenClosed() {
        SlotEvents wednesday = on(DemoCommune.APS, WED);
        fixture.givenNoPriorActivity()
                .when(wednesday.change(A, reserve("APS_MATIN")), STAFF)
                .expectNoEvents()
                .expectResultMessagePayload(results(refused("APS_MATIN", "CLOSED")));
    }

    @Test
    void givenUnknownUnit_whenReserving_thenUnknownUnit() {
        fixture.givenNoPriorActivity()
                .when(aps.change(A, reserve("RS_REPAS")), PARENT)
                .expectNoEvents()
                .expectResultMessagePayload(results(refused("RS_REPAS", "UNKNOWN_UNIT")));
    }

    @Test
    void givenChildNotEnrolled_whenReserving_thenNotEnrolled() {
        fixture.givenNoPriorActivity()
                .when(aps.change(NOT_ENROLLED, reserve("APS_MATIN")), PARENT)
                .expectNoEvents()
                .expectResultMessagePayload(results(refused("APS_MATIN", "NOT_ENROLLED")));
    }

    @Test
    void givenEnrolmentEndedBeforeTheDay_whenReserving_thenNotEnrolled() {
        world.endEnrolment(A, DemoCommune.APS_PERIOD, THU);
        fixture.givenNoPriorActivity()
                .when(aps.change(A, reserve("APS_MATIN")), PARENT)
                .expectNoEvents()
                .expectResultMessagePayload(results(refused("APS_MATIN", "NOT_ENROLLED")));
    }

    @Test
    void givenSupplementAlone_whenReserving_thenRequiresUnit() {
        fixture.givenNoPriorActivity()
                .when(aps.change(A, reserve("APS_PTDEJ")), PARENT)
                .expectNoEvents()
                .expectResultMessagePayload(results(refused("APS_PTDEJ", "REQUIRES_UNIT")));
    }

    @Test
    void givenSupplementWithItsUnitInOneSubmission_whenReserving_thenBothRequested() {
        fixture.givenNoPriorActivity()
                .when(aps.change(A, reserve("APS_PTDEJ"), reserve("APS_MATIN")), PARENT)
                .expectEvents(aps.requested(A, "APS_PTDEJ"), aps.requested(A, "APS_MATIN"))
                .expectResultMessagePayload(results(result("APS_PTDEJ", ReservationOutcome.REQUESTED),
                        result("APS_MATIN", ReservationOutcome.REQUESTED)));
    }

    @Test
    void givenSupplementWhoseUnitsAreRefused_whenReservingThemTogether_thenTheSupplementIsRefusedToo() {
        fixture.givenNoPriorActivity()
                .when(alsh.change(A, reserve("ALSH_MATIN"), reserve("ALSH_JOUR"), reserve("ALSH_REPAS")), PARENT)
                .expectNoEvents()
                .expectResultMessagePayload(results(refused("ALSH_MATIN", "EXCLUDED_UNIT"),
                        refused("ALSH_JOUR", "EXCLUDED_UNIT"), refused("ALSH_REPAS", "REQUIRES_UNIT")));
    }

    @Test
    void givenSupplementHeld_whenCancellingItsUnitAlone_thenRequiresUnit() {
        fixture.given(aps.requested(A, "APS_MATIN"), aps.requested(A, "APS_PTDEJ"))
                .when(aps.change(A, cancel("APS_MATIN")), PARENT)
                .expectNoEvents()
                .expectResultMessagePayload(results(refused("APS_MATIN", "REQUIRES_UNIT")));
    }

    @Test
    void givenSupplementHeld_whenCancellingBoth_thenBothWithdrawn() {
        fixture.given(aps.requested(A, "APS_MATIN"), aps.requested(A, "APS_PTDEJ"))
                .when(aps.change(A, cancel("APS_MATIN"), cancel("APS_PTDEJ")), PARENT)
                .expectEvents(aps.withdrawn(A, "APS_MATIN"), aps.withdrawn(A, "APS_PTDEJ"))
                .expectResultMessagePayload(results(result("APS_MATIN", ReservationOutcome.WITHDRAWN),
                        result("APS_PTDEJ", ReservationOutcome.WITHDRAWN)));
    }

    @Test
    void givenExclusiveUnitsAskedTogether_whenReserving_thenBothExcluded() {
        fixture.givenNoPriorActivity()
                .when(alsh.change(A, reserve("ALSH_MATIN"), reserve("ALSH_JOUR")), PARENT)
                .expectNoEvents()
                .expectResultMessagePayload(results(refused("ALSH_MATIN", "EXCLUDED_UNIT"),
                        refused("ALSH_JOUR", "EXCLUDED_UNIT")));
    }

    @Test
    void givenHalfDayHeld_whenReservingTheFullDay_thenExcluded() {
        fixture.given(alsh.requested(A, "ALSH_MATIN"))
                .when(alsh.change(A, reserve("ALSH_JOUR")), PARENT)
                .expectNoEvents()
                .expectResultMessagePayload(results(refused("ALSH_JOUR", "EXCLUDED_UNIT")));
    }

    @Test
    void givenHalfDayHeld_whenSwappingItForTheFullDayWithMeal_thenAllGoThrough() {
        fixture.given(alsh.requested(A, "ALSH_MATIN"))
                .when(alsh.change(A, cancel("ALSH_MATIN"), reserve("ALSH_JOUR"), reserve("ALSH_REPAS")), PARENT)
                .expectEvents(alsh.withdrawn(A, "ALSH_MATIN"), alsh.requested(A, "ALSH_JOUR"),
                        alsh.requested(A, "ALSH_REPAS"))
                .expectResultMessagePayload(results(result("ALSH_MATIN", ReservationOutcome.WITHDRAWN),
                        result("ALSH_JOUR", ReservationOutcome.REQUESTED),
                        result("ALSH_REPAS", ReservationOutcome.REQUESTED)));
    }

    @Test
    void givenFullUnit_whenReserving_thenWaitlistedAtTheNextPosition() {
        world.withCapacity("MERC_MIDI", 1);
        fixture.given(merc.requested(A, "MERC_MIDI"), merc.waitlisted(B, "MERC_MIDI", 1))
                .when(merc.change(C, reserve("MERC_MIDI")), PARENT)
                .expectEvents(merc.waitlisted(C, "MERC_MIDI", 2))
                .expectResultMessagePayload(results(result("MERC_MIDI", ReservationOutcome.WAITLISTED)));
    }

    @Test
    void givenWaitlist_whenARequestIsWithdrawn_thenTheFirstWaitlistedBecomesRequested() {
        world.withCapacity("MERC_MIDI", 1);
        fixture.given(merc.requested(A, "MERC_MIDI"), merc.waitlisted(B, "MERC_MIDI", 1),
                        merc.waitlisted(C, "MERC_MIDI", 2))
                .when(merc.change(A, cancel("MERC_MIDI")), PARENT)
                .expectEvents(merc.withdrawn(A, "MERC_MIDI"), merc.promoted(B, "MERC_MIDI", CellState.REQUESTED))
                .expectResultMessagePayload(results(result("MERC_MIDI", ReservationOutcome.WITHDRAWN)));
    }

    @Test
    void givenAutomaticFullUnit_whenAReservationIsCancelled_thenTheFirstWaitlistedBecomesValidated() {
        world.withCapacity("RS_REPAS", 1);
        fixture.given(rs.validated(A, "RS_REPAS", true), rs.waitlisted(B, "RS_REPAS", 1))
                .when(rs.change(A, cancel("RS_REPAS")), PARENT)
                .expectEvents(rs.cancelled(A, "RS_REPAS", "PARENT"), rs.promoted(B, "RS_REPAS", CellState.VALIDATED))
                .expectResultMessagePayload(results(result("RS_REPAS", ReservationOutcome.CANCELLED)));
    }

    @Test
    void givenWaitlistAndARaisedCapacity_whenAnotherChildReserves_thenTheWaitlistGoesFirst() {
        world.withCapacity("MERC_MIDI", 2);
        fixture.given(merc.requested(A, "MERC_MIDI"), merc.waitlisted(B, "MERC_MIDI", 1))
                .when(merc.change(C, reserve("MERC_MIDI")), PARENT)
                .expectEvents(merc.promoted(B, "MERC_MIDI", CellState.REQUESTED), merc.waitlisted(C, "MERC_MIDI", 1))
                .expectResultMessagePayload(results(result("MERC_MIDI", ReservationOutcome.WAITLISTED)));
    }

    @Test
    void givenTheSameUnitTwice_whenSubmitted_thenMalformed() {
        fixture.givenNoPriorActivity()
                .when(aps.change(A, reserve("APS_MATIN"), cancel("APS_MATIN")), PARENT)
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void givenASlotIdNotDerivedFromActivityAndDate_whenSubmitted_thenMalformed() {
        fixture.givenNoPriorActivity()
                .when(new ChangeReservations(aps.slotId(), DemoCommune.APS, WED, A, List.of(reserve("APS_MATIN"))),
                        PARENT)
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }
}
