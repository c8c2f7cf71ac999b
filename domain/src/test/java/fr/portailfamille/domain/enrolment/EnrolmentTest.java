package fr.portailfamille.domain.enrolment;

import static fr.portailfamille.domain.Violations.violation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.portailfamille.api.enrolment.EndEnrolment;
import fr.portailfamille.api.enrolment.EnrolmentEnded;
import fr.portailfamille.api.enrolment.EnrolmentId;
import fr.portailfamille.api.enrolment.EnrolmentRejected;
import fr.portailfamille.api.enrolment.EnrolmentRequested;
import fr.portailfamille.api.enrolment.EnrolmentValidated;
import fr.portailfamille.api.enrolment.RejectEnrolment;
import fr.portailfamille.api.enrolment.RequestEnrolment;
import fr.portailfamille.api.enrolment.ValidateEnrolment;
import fr.portailfamille.domain.catalogue.DemoCommune;

class EnrolmentTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant INSIDE_WINDOW = Instant.parse("2026-12-01T07:00:00Z");
    private static final Instant AFTER_WINDOW = Instant.parse("2027-07-15T08:00:00Z");
    private static final String CHILD = "child-1";
    private static final String FAMILY = "family-1";
    private static final String PERIOD = DemoCommune.APS_PERIOD;
    private static final String ID = EnrolmentId.of(CHILD, PERIOD).value();
    private static final Map<String, String> PARENT = Map.of("role", "PARENT");
    private static final Map<String, String> STAFF = Map.of("role", "STAFF");
    private static final EnrolmentRequested REQUESTED = new EnrolmentRequested(ID, CHILD, FAMILY, DemoCommune.APS,
            PERIOD, INSIDE_WINDOW);
    private static final EnrolmentValidated VALIDATED = new EnrolmentValidated(ID, CHILD, DemoCommune.APS, PERIOD);
    private static final EnrolmentRejected REJECTED = new EnrolmentRejected(ID, CHILD, DemoCommune.APS, PERIOD,
            "Dossier incomplet");

    private AggregateTestFixture<Enrolment> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureAt(INSIDE_WINDOW);
    }

    private static AggregateTestFixture<Enrolment> fixtureAt(Instant now) {
        AggregateTestFixture<Enrolment> fixture = new AggregateTestFixture<>(Enrolment.class);
        fixture.registerInjectableResource(DemoCatalogueLookup.create());
        fixture.registerInjectableResource(Clock.fixed(now, PARIS));
        return fixture;
    }

    private static RequestEnrolment request() {
        return new RequestEnrolment(ID, CHILD, FAMILY, PERIOD);
    }

    @Test
    void givenNothing_whenAParentRequestsInsideTheWindow_thenEnrolmentRequestedForThePeriodsActivity() {
        fixture.givenNoPriorActivity()
                .when(request(), PARENT)
                .expectEvents(REQUESTED);
    }

    @Test
    void givenNothing_whenAParentRequestsAfterTheWindow_thenEnrolmentWindowClosed() {
        fixtureAt(AFTER_WINDOW).givenNoPriorActivity()
                .when(request(), PARENT)
                .expectException(violation("ENROLMENT_WINDOW_CLOSED"))
                .expectNoEvents();
    }

    @Test
    void givenNothing_whenStaffRequestAfterTheWindow_thenEnrolmentRequested() {
        fixtureAt(AFTER_WINDOW).givenNoPriorActivity()
                .when(request(), STAFF)
                .expectEvents(new EnrolmentRequested(ID, CHILD, FAMILY, DemoCommune.APS, PERIOD, AFTER_WINDOW));
    }

    @Test
    void givenNothing_whenRequestedWithoutRole_thenTheWindowApplies() {
        fixtureAt(AFTER_WINDOW).givenNoPriorActivity()
                .when(request())
                .expectException(violation("ENROLMENT_WINDOW_CLOSED"));
    }

    @Test
    void givenPendingEnrolment_whenRequestedAgain_thenEnrolmentExists() {
        fixture.given(REQUESTED)
                .when(request(), PARENT)
                .expectException(violation("ENROLMENT_EXISTS"))
                .expectNoEvents();
    }

    @Test
    void givenValidatedEnrolment_whenStaffRequestAgain_thenEnrolmentExists() {
        fixture.given(REQUESTED, VALIDATED)
                .when(request(), STAFF)
                .expectException(violation("ENROLMENT_EXISTS"));
    }

    @Test
    void givenEndedEnrolment_whenRequestedAgain_thenEnrolmentExists() {
        fixture.given(REQUESTED, VALIDATED, new EnrolmentEnded(ID, CHILD, DemoCommune.APS, PERIOD,
                        LocalDate.of(2027, 1, 4)))
                .when(request(), PARENT)
                .expectException(violation("ENROLMENT_EXISTS"));
    }

    @Test
    void givenRejectedEnrolment_whenRequestedAgain_thenRequestedAgain() {
        fixture.given(REQUESTED, REJECTED)
                .when(request(), PARENT)
                .expectEvents(REQUESTED);
    }

    @Test
    void givenNothing_whenThePeriodIsUnknown_thenUnknownPeriod() {
        String id = EnrolmentId.of(CHILD, "NOPE-2026").value();
        fixture.givenNoPriorActivity()
                .when(new RequestEnrolment(id, CHILD, FAMILY, "NOPE-2026"), STAFF)
                .expectException(violation("UNKNOWN_PERIOD"))
                .expectNoEvents();
    }

    @Test
    void givenNothing_whenTheIdIsNotDerivedFromChildAndPeriod_thenMalformed() {
        fixture.givenNoPriorActivity()
                .when(new RequestEnrolment(EnrolmentId.of("child-2", PERIOD).value(), CHILD, FAMILY, PERIOD))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void givenNothing_whenTheFamilyIsMissing_thenMalformed() {
        fixture.givenNoPriorActivity()
                .when(new RequestEnrolment(ID, CHILD, null, PERIOD))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenPendingEnrolment_whenValidated_thenEnrolmentValidated() {
        fixture.given(REQUESTED)
                .when(new ValidateEnrolment(ID), STAFF)
                .expectEvents(VALIDATED);
    }

    @Test
    void givenValidatedEnrolment_whenValidatedAgain_thenNothingIsRecorded() {
        fixture.given(REQUESTED, VALIDATED)
                .when(new ValidateEnrolment(ID))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenRejectedEnrolment_whenValidated_thenEnrolmentNotPending() {
        fixture.given(REQUESTED, REJECTED)
                .when(new ValidateEnrolment(ID))
                .expectException(violation("ENROLMENT_NOT_PENDING"));
    }

    @Test
    void givenNoEnrolment_whenValidated_thenAggregateNotFound() {
        fixture.givenNoPriorActivity()
                .when(new ValidateEnrolment(ID))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void givenPendingEnrolment_whenRejectedWithAReason_thenEnrolmentRejectedWithTheTrimmedReason() {
        fixture.given(REQUESTED)
                .when(new RejectEnrolment(ID, "  Dossier incomplet "), STAFF)
                .expectEvents(REJECTED);
    }

    @Test
    void givenPendingEnrolment_whenRejectedWithoutReason_thenMalformed() {
        fixture.given(REQUESTED)
                .when(new RejectEnrolment(ID, " "))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void givenRejectedEnrolment_whenRejectedAgain_thenNothingIsRecorded() {
        fixture.given(REQUESTED, REJECTED)
                .when(new RejectEnrolment(ID, "Autre motif"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenValidatedEnrolment_whenRejected_thenEnrolmentNotPending() {
        fixture.given(REQUESTED, VALIDATED)
                .when(new RejectEnrolment(ID, "Trop tard"))
                .expectException(violation("ENROLMENT_NOT_PENDING"));
    }

    @Test
    void givenValidatedEnrolment_whenEndedFromADayOfThePeriod_thenEnrolmentEnded() {
        LocalDate from = LocalDate.of(2027, 1, 4);
        fixture.given(REQUESTED, VALIDATED)
                .when(new EndEnrolment(ID, from), STAFF)
                .expectEvents(new EnrolmentEnded(ID, CHILD, DemoCommune.APS, PERIOD, from));
    }

    @Test
    void givenEndedEnrolment_whenEndedAgainFromTheSameDay_thenNothingIsRecorded() {
        LocalDate from = LocalDate.of(2027, 1, 4);
        fixture.given(REQUESTED, VALIDATED, new EnrolmentEnded(ID, CHILD, DemoCommune.APS, PERIOD, from))
                .when(new EndEnrolment(ID, from))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenEndedEnrolment_whenEndedFromAnotherDay_thenEnrolmentNotValidated() {
        fixture.given(REQUESTED, VALIDATED, new EnrolmentEnded(ID, CHILD, DemoCommune.APS, PERIOD,
                        LocalDate.of(2027, 1, 4)))
                .when(new EndEnrolment(ID, LocalDate.of(2027, 2, 1)))
                .expectException(violation("ENROLMENT_NOT_VALIDATED"));
    }

    @Test
    void givenPendingEnrolment_whenEnded_thenEnrolmentNotValidated() {
        fixture.given(REQUESTED)
                .when(new EndEnrolment(ID, LocalDate.of(2027, 1, 4)))
                .expectException(violation("ENROLMENT_NOT_VALIDATED"));
    }

    @Test
    void givenValidatedEnrolment_whenEndedAfterThePeriod_thenEndOutsidePeriod() {
        fixture.given(REQUESTED, VALIDATED)
                .when(new EndEnrolment(ID, LocalDate.of(2027, 7, 5)))
                .expectException(violation("END_OUTSIDE_PERIOD"))
                .expectNoEvents();
    }

    @Test
    void givenValidatedEnrolment_whenEndedWithoutDate_thenMalformed() {
        fixture.given(REQUESTED, VALIDATED)
                .when(new EndEnrolment(ID, null))
                .expectException(IllegalArgumentException.class);
    }
}
