package fr.portailfamille.domain.reservation;

import static fr.portailfamille.domain.reservation.ReservationSlotChangesTest.A;
import static fr.portailfamille.domain.reservation.ReservationSlotChangesTest.B;
import static fr.portailfamille.domain.reservation.ReservationSlotChangesTest.C;
import static fr.portailfamille.domain.reservation.ReservationSlotChangesTest.NOT_ENROLLED;
import static fr.portailfamille.domain.reservation.ReservationSlotChangesTest.THU;
import static fr.portailfamille.domain.reservation.ReservationSlotChangesTest.TUE;
import static fr.portailfamille.domain.reservation.ReservationSlotChangesTest.WED;
import static fr.portailfamille.domain.reservation.SlotEvents.STAFF;
import static fr.portailfamille.domain.reservation.SlotEvents.on;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.portailfamille.api.RuleViolation;
import fr.portailfamille.api.reservation.AttendanceEntry;
import fr.portailfamille.api.reservation.AttendanceOutcome;
import fr.portailfamille.api.reservation.AttendanceResult;
import fr.portailfamille.api.reservation.AttendanceResults;
import fr.portailfamille.api.reservation.AttendanceStatus;
import fr.portailfamille.api.reservation.CancelReservationsOfEndedEnrolment;
import fr.portailfamille.api.reservation.CellState;
import fr.portailfamille.api.reservation.DecideReservations;
import fr.portailfamille.api.reservation.Decision;
import fr.portailfamille.api.reservation.DecisionOutcome;
import fr.portailfamille.api.reservation.DecisionResult;
import fr.portailfamille.api.reservation.DecisionResults;
import fr.portailfamille.api.reservation.RecordAttendance;
import fr.portailfamille.api.reservation.StaffDecision;
import fr.portailfamille.domain.catalogue.DemoCommune;

/** Staff decisions, attendance and the end of an enrolment on a slot. */
class ReservationSlotStaffTest {
    private ReservationWorld world;
    private AggregateTestFixture<ReservationSlot> fixture;
    private final SlotEvents aps = on(DemoCommune.APS, THU);
    private final SlotEvents today = on(DemoCommune.APS, TUE);
    private final SlotEvents merc = on(DemoCommune.MERC, WED);

    @BeforeEach
    void setUp() {
        world = new ReservationWorld();
        for (String child : List.of(A, B, C)) {
            world.enrol(child, DemoCommune.APS_PERIOD).enrol(child, DemoCommune.MERC_PERIOD);
        }
        fixture = world.fixture();
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    private static DecideReservations decide(SlotEvents slot, StaffDecision... decisions) {
        return new DecideReservations(slot.slotId(), slot.activityId(), slot.date(), List.of(decisions));
    }

    private static StaffDecision decision(String childId, String unitId, Decision decision) {
        return new StaffDecision(childId, unitId, decision, null);
    }

    private static DecisionResults decided(String childId, String unitId, DecisionOutcome outcome, String code) {
        return new DecisionResults(List.of(new DecisionResult(childId, unitId, outcome, code)));
    }

    private static RecordAttendance call(SlotEvents slot, String childId, String unitId, AttendanceStatus status) {
        return new RecordAttendance(slot.slotId(), slot.activityId(), slot.date(),
                List.of(new AttendanceEntry(childId, unitId, status)));
    }

    private static AttendanceResults recorded(String childId, String unitId, AttendanceOutcome outcome, String code) {
        return new AttendanceResults(List.of(new AttendanceResult(childId, unitId, outcome, code)));
    }

    @Test
    void givenARequest_whenStaffValidate_thenValidated() {
        fixture.given(aps.requested(A, "APS_MATIN"))
                .when(decide(aps, decision(A, "APS_MATIN", Decision.VALIDATE)), STAFF)
                .expectEvents(aps.validated(A, "APS_MATIN", false))
                .expectResultMessagePayload(decided(A, "APS_MATIN", DecisionOutcome.VALIDATED, null));
    }

    @Test
    void givenAValidatedCell_whenStaffValidateAgain_thenUnchanged() {
        fixture.given(aps.requested(A, "APS_MATIN"), aps.validated(A, "APS_MATIN", false))
                .when(decide(aps, decision(A, "APS_MATIN", Decision.VALIDATE)), STAFF)
                .expectNoEvents()
                .expectResultMessagePayload(decided(A, "APS_MATIN", DecisionOutcome.UNCHANGED, null));
    }

    @Test
    void givenAFreeCell_whenStaffValidate_thenRefusedAsNotPending() {
        fixture.givenNoPriorActivity()
                .when(decide(aps, decision(A, "APS_MATIN", Decision.VALIDATE)), STAFF)
                .expectNoEvents()
                .expectResultMessagePayload(decided(A, "APS_MATIN", DecisionOutcome.REFUSED, "NOT_PENDING"));
    }

    @Test
    void givenAFullUnitWithAWaitlist_whenStaffRejectARequest_thenRejectedAndTheFirstWaitlistedPromoted() {
        world.withCapacity("MERC_MIDI", 1);
        fixture.given(merc.requested(A, "MERC_MIDI"), merc.waitlisted(B, "MERC_MIDI", 1),
                        merc.waitlisted(C, "MERC_MIDI", 2))
                .when(decide(merc, new StaffDecision(A, "MERC_MIDI", Decision.REJECT, " Groupe complet ")), STAFF)
                .expectEvents(merc.rejected(A, "MERC_MIDI", "Groupe complet"),
                        merc.promoted(B, "MERC_MIDI", CellState.REQUESTED))
                .expectResultMessagePayload(decided(A, "MERC_MIDI", DecisionOutcome.REJECTED, null));
    }

    @Test
    void givenAWaitlistedRequest_whenStaffRejectIt_thenRejectedWithTheDefaultReason() {
        world.withCapacity("MERC_MIDI", 1);
        fixture.given(merc.requested(A, "MERC_MIDI"), merc.waitlisted(B, "MERC_MIDI", 1))
                .when(decide(merc, decision(B, "MERC_MIDI", Decision.REJECT)), STAFF)
                .expectEvents(merc.rejected(B, "MERC_MIDI", StaffDecisions.DEFAULT_REJECTION_REASON))
                .expectResultMessagePayload(decided(B, "MERC_MIDI", DecisionOutcome.REJECTED, null));
    }

    @Test
    void givenACancellationRequest_whenStaffValidateIt_thenCancelledForTheParent() {
        fixture.given(aps.requested(A, "APS_MATIN"), aps.validated(A, "APS_MATIN", false),
                        aps.cancellationRequested(A, "APS_MATIN"))
                .when(decide(aps, decision(A, "APS_MATIN", Decision.VALIDATE_CANCELLATION)), STAFF)
                .expectEvents(aps.cancelled(A, "APS_MATIN", "PARENT"))
                .expectResultMessagePayload(decided(A, "APS_MATIN", DecisionOutcome.CANCELLED, null));
    }

    @Test
    void givenACancellationRequest_whenStaffRejectIt_thenTheReservationStandsValidated() {
        fixture.given(aps.requested(A, "APS_MATIN"), aps.validated(A, "APS_MATIN", false),
                        aps.cancellationRequested(A, "APS_MATIN"))
                .when(decide(aps, decision(A, "APS_MATIN", Decision.REJECT)), STAFF)
                .expectEvents(aps.validated(A, "APS_MATIN", false))
                .expectResultMessagePayload(decided(A, "APS_MATIN", DecisionOutcome.VALIDATED, null));
    }

    @Test
    void givenARequest_whenStaffValidateItsCancellation_thenRefusedAsNotPending() {
        fixture.given(aps.requested(A, "APS_MATIN"))
                .when(decide(aps, decision(A, "APS_MATIN", Decision.VALIDATE_CANCELLATION)), STAFF)
                .expectNoEvents()
                .expectResultMessagePayload(decided(A, "APS_MATIN", DecisionOutcome.REFUSED, "NOT_PENDING"));
    }

    @Test
    void givenAnUnknownUnit_whenStaffDecide_thenUnknownUnit() {
        fixture.givenNoPriorActivity()
                .when(decide(aps, decision(A, "NOPE", Decision.VALIDATE)), STAFF)
                .expectNoEvents()
                .expectResultMessagePayload(decided(A, "NOPE", DecisionOutcome.REFUSED, "UNKNOWN_UNIT"));
    }

    @Test
    void givenTwoDecisionsOnOneCell_whenSent_thenMalformed() {
        fixture.givenNoPriorActivity()
                .when(decide(aps, decision(A, "APS_MATIN", Decision.VALIDATE),
                        decision(A, "APS_MATIN", Decision.REJECT)), STAFF)
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenAValidatedCellToday_whenRecordingAbsentJustified_thenBookedAttendance() {
        fixture.given(today.requested(A, "APS_MATIN"), today.validated(A, "APS_MATIN", false))
                .when(call(today, A, "APS_MATIN", AttendanceStatus.ABSENT_JUSTIFIED), STAFF)
                .expectEvents(today.attended(A, "APS_MATIN", AttendanceStatus.ABSENT_JUSTIFIED, true))
                .expectResultMessagePayload(recorded(A, "APS_MATIN", AttendanceOutcome.RECORDED, null));
    }

    @Test
    void givenAnAbsence_whenCorrectedToPresent_thenStillBooked() {
        fixture.given(today.requested(A, "APS_MATIN"), today.validated(A, "APS_MATIN", false),
                        today.attended(A, "APS_MATIN", AttendanceStatus.ABSENT, true))
                .when(call(today, A, "APS_MATIN", AttendanceStatus.PRESENT), STAFF)
                .expectEvents(today.attended(A, "APS_MATIN", AttendanceStatus.PRESENT, true))
                .expectResultMessagePayload(recorded(A, "APS_MATIN", AttendanceOutcome.RECORDED, null));
    }

    @Test
    void givenNoReservation_whenRecordingPresent_thenUnbookedPresence() {
        fixture.givenNoPriorActivity()
                .when(call(today, A, "APS_SOIR", AttendanceStatus.PRESENT), STAFF)
                .expectEvents(today.attended(A, "APS_SOIR", AttendanceStatus.PRESENT, false))
                .expectResultMessagePayload(recorded(A, "APS_SOIR", AttendanceOutcome.RECORDED, null));
    }

    @Test
    void givenAnUnbookedPresence_whenRecordingPresentAgain_thenUnchanged() {
        fixture.given(today.attended(A, "APS_SOIR", AttendanceStatus.PRESENT, false))
                .when(call(today, A, "APS_SOIR", AttendanceStatus.PRESENT), STAFF)
                .expectNoEvents()
                .expectResultMessagePayload(recorded(A, "APS_SOIR", AttendanceOutcome.UNCHANGED, null));
    }

    @Test
    void givenAnUnbookedPresence_whenRecordingAbsent_thenNotReserved() {
        fixture.given(today.attended(A, "APS_SOIR", AttendanceStatus.PRESENT, false))
                .when(call(today, A, "APS_SOIR", AttendanceStatus.ABSENT), STAFF)
                .expectNoEvents()
                .expectResultMessagePayload(recorded(A, "APS_SOIR", AttendanceOutcome.REFUSED, "NOT_RESERVED"));
    }

    @Test
    void givenARequestNeverValidated_whenRecordingAbsent_thenNotReserved() {
        fixture.given(today.requested(A, "APS_MATIN"))
                .when(call(today, A, "APS_MATIN", AttendanceStatus.ABSENT), STAFF)
                .expectNoEvents()
                .expectResultMessagePayload(recorded(A, "APS_MATIN", AttendanceOutcome.REFUSED, "NOT_RESERVED"));
    }

    @Test
    void givenAChildNotEnrolled_whenRecordingPresent_thenNotEnrolled() {
        fixture.givenNoPriorActivity()
                .when(call(today, NOT_ENROLLED, "APS_SOIR", AttendanceStatus.PRESENT), STAFF)
                .expectNoEvents()
                .expectResultMessagePayload(recorded(NOT_ENROLLED, "APS_SOIR", AttendanceOutcome.REFUSED,
                        "NOT_ENROLLED"));
    }

    @Test
    void givenAClosedDay_whenRecordingPresent_thenClosed() {
        SlotEvents saturday = on(DemoCommune.APS, TUE.minusDays(3));
        fixture.givenNoPriorActivity()
                .when(call(saturday, A, "APS_SOIR", AttendanceStatus.PRESENT), STAFF)
                .expectNoEvents()
                .expectResultMessagePayload(recorded(A, "APS_SOIR", AttendanceOutcome.REFUSED, "CLOSED"));
    }

    @Test
    void givenAFutureDay_whenRecordingAttendance_thenDayNotStarted() {
        fixture.given(aps.requested(A, "APS_MATIN"), aps.validated(A, "APS_MATIN", false))
                .when(call(aps, A, "APS_MATIN", AttendanceStatus.PRESENT), STAFF)
                .expectNoEvents()
                .expectResultMessagePayload(recorded(A, "APS_MATIN", AttendanceOutcome.REFUSED, "DAY_NOT_STARTED"));
    }

    @Test
    void givenReservationsRequestsAndAWaitlist_whenTheEnrolmentEnded_thenAllCancelledAndTheWaitlistPromoted() {
        world.withCapacity("MERC_MIDI", 1);
        fixture.given(merc.requested(A, "MERC_MIDI"), merc.waitlisted(B, "MERC_MIDI", 1),
                        merc.requested(A, "MERC_APM"), merc.validated(A, "MERC_APM", false),
                        merc.requested(A, "MERC_GARD"))
                .when(new CancelReservationsOfEndedEnrolment(merc.slotId(), DemoCommune.MERC, WED, A), STAFF)
                .expectEvents(merc.cancelled(A, "MERC_MIDI", "ENROLMENT_ENDED"),
                        merc.promoted(B, "MERC_MIDI", CellState.REQUESTED),
                        merc.cancelled(A, "MERC_APM", "ENROLMENT_ENDED"),
                        merc.cancelled(A, "MERC_GARD", "ENROLMENT_ENDED"));
    }

    @Test
    void givenNothingHeld_whenTheEnrolmentEnded_thenNothingRecorded() {
        fixture.given(merc.requested(B, "MERC_MIDI"))
                .when(new CancelReservationsOfEndedEnrolment(merc.slotId(), DemoCommune.MERC, WED, A), STAFF)
                .expectNoEvents();
    }

    @Test
    void givenAnUnknownActivity_whenStaffDecide_thenRefusedAsUnknown() {
        SlotEvents unknown = on("TAP", THU);
        fixture.givenNoPriorActivity()
                .when(decide(unknown, decision(A, "TAP_1", Decision.VALIDATE)), STAFF)
                .expectException(RuleViolation.class)
                .expectExceptionMessage("Activité inconnue : TAP")
                .expectNoEvents();
    }
}
