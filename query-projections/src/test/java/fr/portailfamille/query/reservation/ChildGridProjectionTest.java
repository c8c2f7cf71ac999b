package fr.portailfamille.query.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.portailfamille.api.billing.InvoiceIssued;
import fr.portailfamille.api.billing.InvoiceLine;
import fr.portailfamille.api.billing.LineReason;
import fr.portailfamille.api.catalogue.QuotientBracket;
import fr.portailfamille.api.reservation.AttendanceRecorded;
import fr.portailfamille.api.reservation.AttendanceStatus;
import fr.portailfamille.api.reservation.CancellationRequested;
import fr.portailfamille.api.reservation.CellState;
import fr.portailfamille.api.reservation.ChildMonthReservations;
import fr.portailfamille.api.reservation.DeadlineOverridden;
import fr.portailfamille.api.reservation.FindChildMonthReservations;
import fr.portailfamille.api.reservation.FindChildReservationDays;
import fr.portailfamille.api.reservation.ReservationRequested;
import fr.portailfamille.api.reservation.ReservationValidated;
import fr.portailfamille.api.reservation.ReservationWaitlisted;
import fr.portailfamille.api.reservation.ReservationWithdrawn;
import fr.portailfamille.api.reservation.ReservedCell;
import fr.portailfamille.api.reservation.SlotEvent;
import fr.portailfamille.api.reservation.SlotId;
import fr.portailfamille.api.reservation.WaitlistedReservationPromoted;

class ChildGridProjectionTest {
    private static final String LEA = "child-lea";
    private static final LocalDate DEC_3 = LocalDate.of(2026, 12, 3);
    private static final LocalDate DEC_4 = LocalDate.of(2026, 12, 4);
    private static final LocalDate JAN_7 = LocalDate.of(2027, 1, 7);
    private static final Instant ISSUED = Instant.parse("2027-01-02T08:00:00Z");

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final ChildGridProjection projection = new ChildGridProjection(mongo.database);

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private static String slot(LocalDate date) {
        return SlotId.of("APS", date).value();
    }

    private static List<Object> history() {
        return List.of(
                new ReservationRequested(slot(DEC_3), "APS", DEC_3, LEA, "APS_MATIN"),
                new ReservationValidated(slot(DEC_3), "APS", DEC_3, LEA, "APS_MATIN", false),
                new ReservationRequested(slot(DEC_3), "APS", DEC_3, LEA, "APS_SOIR"),
                new ReservationWithdrawn(slot(DEC_3), "APS", DEC_3, LEA, "APS_SOIR"),
                new ReservationWaitlisted(slot(DEC_4), "APS", DEC_4, LEA, "APS_SOIR", 1),
                new DeadlineOverridden(slot(DEC_4), "APS", DEC_4, LEA, "APS_MATIN"),
                new ReservationRequested(slot(DEC_4), "APS", DEC_4, LEA, "APS_MATIN"),
                new CancellationRequested(slot(DEC_3), "APS", DEC_3, LEA, "APS_MATIN"),
                new ReservationRequested(slot(DEC_3), "APS", DEC_3, "child-other", "APS_MATIN"),
                new WaitlistedReservationPromoted(slot(DEC_4), "APS", DEC_4, LEA, "APS_SOIR", CellState.REQUESTED),
                new ReservationValidated(slot(JAN_7), "APS", JAN_7, LEA, "APS_MATIN", false),
                new AttendanceRecorded(slot(DEC_4), "APS", DEC_4, LEA, "APS_GOUTER", AttendanceStatus.PRESENT, false),
                new InvoiceIssued("invoice-1", "2027-000001", "family-x", "2026-12", List.of(
                        new InvoiceLine(LEA, "APS", "APS_GOUTER", DEC_4, 90, LineReason.UNBOOKED_PRESENCE,
                                QuotientBracket.B)), 90, ISSUED));
    }

    private void play(List<Object> events) {
        for (Object event : events) {
            if (event instanceof SlotEvent slotEvent) {
                projection.on(slotEvent);
            } else {
                projection.on((InvoiceIssued) event);
            }
        }
    }

    private ChildMonthReservations december() {
        return projection.handle(new FindChildMonthReservations(LEA, "APS", YearMonth.of(2026, 12)));
    }

    @Test
    void givenAMonthOfEvents_whenAskingTheGrid_thenEveryCellThatIsNotFreeWithItsLatestState() {
        play(history());

        assertThat(december().cells()).containsExactly(
                new ReservedCell(DEC_3, "APS_MATIN", CellState.CANCELLATION_REQUESTED, null),
                new ReservedCell(DEC_4, "APS_GOUTER", CellState.PRESENT, ISSUED),
                new ReservedCell(DEC_4, "APS_MATIN", CellState.REQUESTED, null),
                new ReservedCell(DEC_4, "APS_SOIR", CellState.REQUESTED, null));
        assertThat(projection.handle(new FindChildMonthReservations("child-other", "APS", YearMonth.of(2026, 12)))
                .cells()).hasSize(1);
    }

    @Test
    void givenNoEvents_whenAskingTheGrid_thenNoCells() {
        assertThat(december().cells()).isEmpty();
    }

    @Test
    void givenReservationsOverTwoMonths_whenAskingTheDaysFromADate_thenTheDaysStillHeldInOrder() {
        play(history());

        assertThat(projection.handle(new FindChildReservationDays(LEA, "APS", DEC_4, LocalDate.of(2027, 7, 2))))
                .containsExactly(DEC_4, JAN_7);
        assertThat(projection.handle(new FindChildReservationDays(LEA, "APS", DEC_3, DEC_3))).containsExactly(DEC_3);
    }

    @Test
    void givenUnitIdsWithDots_whenProjected_thenStoredAndReadBack() {
        projection.on(new ReservationRequested(slot(DEC_3), "APS", DEC_3, LEA, "APS.MATIN$1"));
        assertThat(december().cells()).containsExactly(new ReservedCell(DEC_3, "APS.MATIN$1", CellState.REQUESTED,
                null));
    }

    @Test
    void givenTheSameEventsTwiceOrAfterAReset_whenReplayed_thenTheSameReadModel() {
        play(history());
        ChildMonthReservations live = december();

        play(history());
        assertThat(december()).isEqualTo(live);

        projection.reset();
        assertThat(december().cells()).isEmpty();
        play(history());
        assertThat(december()).isEqualTo(live);
    }
}
