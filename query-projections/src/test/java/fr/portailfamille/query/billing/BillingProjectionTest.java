package fr.portailfamille.query.billing;

import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;

import org.axonframework.eventhandling.EventMessage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import fr.portailfamille.query.support.ChildBuckets;
import fr.portailfamille.api.billing.BilledLine;
import fr.portailfamille.api.billing.CreditNoteApplied;
import fr.portailfamille.api.billing.CreditNoteIssued;
import fr.portailfamille.api.billing.CreditNoteView;
import fr.portailfamille.api.billing.FindCreditNotesOfFamily;
import fr.portailfamille.api.billing.FindInvoice;
import fr.portailfamille.api.billing.FindInvoicesOfFamily;
import fr.portailfamille.api.billing.FindInvoicesOfMonth;
import fr.portailfamille.api.billing.FindMonthPreview;
import fr.portailfamille.api.billing.FindMonthSummary;
import fr.portailfamille.api.billing.InvoiceIssued;
import fr.portailfamille.api.billing.InvoiceLine;
import fr.portailfamille.api.billing.InvoicePreview;
import fr.portailfamille.api.billing.InvoiceView;
import fr.portailfamille.api.billing.LinePricing;
import fr.portailfamille.api.billing.LineReason;
import fr.portailfamille.api.billing.MonthClosed;
import fr.portailfamille.api.billing.MonthPreview;
import fr.portailfamille.api.billing.MonthSummary;
import fr.portailfamille.api.catalogue.ActivityDefined;
import fr.portailfamille.api.catalogue.ActivityType;
import fr.portailfamille.api.catalogue.DayKind;
import fr.portailfamille.api.catalogue.DeadlineRule;
import fr.portailfamille.api.catalogue.OpeningRule;
import fr.portailfamille.api.catalogue.QuotientBracket;
import fr.portailfamille.api.catalogue.Tariff;
import fr.portailfamille.api.catalogue.UnitDefined;
import fr.portailfamille.api.catalogue.ValidationMode;
import fr.portailfamille.api.family.ChildAdded;
import fr.portailfamille.api.family.FamilyCreated;
import fr.portailfamille.api.family.QuotientFamilialSet;
import fr.portailfamille.api.family.ResponsibleAdult;
import fr.portailfamille.api.family.Sex;
import fr.portailfamille.api.reservation.AttendanceRecorded;
import fr.portailfamille.api.reservation.AttendanceStatus;
import fr.portailfamille.api.reservation.CancellationRequested;
import fr.portailfamille.api.reservation.CellState;
import fr.portailfamille.api.reservation.ReservationCancelled;
import fr.portailfamille.api.reservation.ReservationRequested;
import fr.portailfamille.api.reservation.ReservationValidated;
import fr.portailfamille.api.reservation.ReservationWaitlisted;
import fr.portailfamille.api.reservation.WaitlistedReservationPromoted;

class BillingProjectionTest {
    private static final String FAMILY = "family-dupont";
    private static final String OTHER_FAMILY = "family-bernard";
    private static final String JULES = "child-jules";
    private static final String NOV = "2026-11";
    private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);
    private static final Instant CLOSED_AT = Instant.parse("2026-12-01T07:00:00Z");
    private static final OpeningRule SCHOOL_DAYS = new OpeningRule(Set.of(DayOfWeek.MONDAY), DayKind.SCHOOL_PERIOD);

    private static MongoServer server;
    private static MongoClient client;
    private MongoDatabase database;
    private BillingProjection projection;

    @BeforeAll
    static void startServer() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.shutdown();
    }

    @BeforeEach
    void freshDatabase() {
        database = client.getDatabase("test-" + UUID.randomUUID());
        projection = new BillingProjection(database, new LinePricing(50));
    }

    private static LocalDate nov(int day) {
        return LocalDate.of(2026, 11, day);
    }

    private static String slot(String activityId, LocalDate date) {
        return "slot:" + activityId + ":" + date;
    }

    private static ReservationValidated validated(String childId, String activityId, String unitId, LocalDate date) {
        return new ReservationValidated(slot(activityId, date), activityId, date, childId, unitId, true);
    }

    private static AttendanceRecorded attendance(String childId, LocalDate date, AttendanceStatus status,
                                                 boolean booked) {
        return new AttendanceRecorded(slot("RS", date), "RS", date, childId, "RS_REPAS", status, booked);
    }

    /** Catalogue, two families (Dupont at QF 850 then 600 from 16 November) and a month of Jules's meals. */
    private static List<Object> history() {
        List<Object> events = new ArrayList<>();
        events.add(new ActivityDefined("catalogue", "APS", "S", "Accueil périscolaire", ActivityType.PERISCOLAIRE,
                ValidationMode.MANUAL, DeadlineRule.DEFAULT));
        events.add(new UnitDefined("catalogue", "APS", "APS_MATIN", "Accueil matin", SCHOOL_DAYS, null, List.of(),
                List.of(), new Tariff(80, 120, 160)));
        events.add(new ActivityDefined("catalogue", "RS", "S", "Restaurant scolaire", ActivityType.RESTAURATION,
                ValidationMode.AUTOMATIC, DeadlineRule.DEFAULT));
        events.add(new UnitDefined("catalogue", "RS", "RS_REPAS", "Repas", SCHOOL_DAYS, null, List.of(), List.of(),
                new Tariff(100, 280, 390)));
        events.add(new FamilyCreated(FAMILY, new ResponsibleAdult("Mme", "Anne", "Dupont", "a@example.org", null),
                850));
        events.add(new ChildAdded(FAMILY, JULES, "Jules", "Dupont", LocalDate.of(2018, 2, 1), Sex.M));
        events.add(new QuotientFamilialSet(FAMILY, 600, nov(16), LocalDate.of(2027, 6, 30)));
        events.add(new FamilyCreated(OTHER_FAMILY, new ResponsibleAdult("M.", "Paul", "Bernard", "p@example.org",
                null), null));
        events.add(new ChildAdded(OTHER_FAMILY, "child-emma", "Emma", "Bernard", LocalDate.of(2019, 3, 1), Sex.F));
        events.add(validated(JULES, "RS", "RS_REPAS", nov(2)));
        events.add(validated(JULES, "APS", "APS_MATIN", nov(2)));
        events.add(validated(JULES, "RS", "RS_REPAS", nov(3)));
        events.add(new ReservationCancelled(slot("RS", nov(3)), "RS", nov(3), JULES, "RS_REPAS", "PARENT"));
        events.add(new ReservationRequested(slot("RS", nov(5)), "RS", nov(5), JULES, "RS_REPAS"));
        events.add(validated(JULES, "RS", "RS_REPAS", nov(6)));
        events.add(attendance(JULES, nov(6), AttendanceStatus.ABSENT_JUSTIFIED, true));
        events.add(validated(JULES, "RS", "RS_REPAS", nov(9)));
        events.add(attendance(JULES, nov(9), AttendanceStatus.ABSENT, true));
        events.add(attendance(JULES, nov(10), AttendanceStatus.PRESENT, false));
        events.add(validated(JULES, "RS", "RS_REPAS", nov(17)));
        events.add(new ReservationWaitlisted(slot("RS", nov(19)), "RS", nov(19), JULES, "RS_REPAS", 1));
        events.add(new WaitlistedReservationPromoted(slot("RS", nov(19)), "RS", nov(19), JULES, "RS_REPAS",
                CellState.VALIDATED));
        events.add(validated(JULES, "RS", "RS_REPAS", nov(20)));
        events.add(new CancellationRequested(slot("RS", nov(20)), "RS", nov(20), JULES, "RS_REPAS"));
        events.add(validated("child-emma", "RS", "RS_REPAS", nov(30)));
        return events;
    }

    private static final List<InvoiceLine> JULES_LINES = List.of(
            new InvoiceLine(JULES, "APS", "APS_MATIN", nov(2), 120, LineReason.RESERVED, QuotientBracket.B),
            new InvoiceLine(JULES, "RS", "RS_REPAS", nov(2), 280, LineReason.RESERVED, QuotientBracket.B),
            new InvoiceLine(JULES, "RS", "RS_REPAS", nov(9), 280, LineReason.RESERVED, QuotientBracket.B),
            new InvoiceLine(JULES, "RS", "RS_REPAS", nov(10), 420, LineReason.UNBOOKED_PRESENCE, QuotientBracket.B),
            new InvoiceLine(JULES, "RS", "RS_REPAS", nov(17), 100, LineReason.RESERVED, QuotientBracket.A),
            new InvoiceLine(JULES, "RS", "RS_REPAS", nov(19), 100, LineReason.RESERVED, QuotientBracket.A));

    private static List<Object> closeAndCorrect() {
        InvoiceLine emmaMeal = new InvoiceLine("child-emma", "RS", "RS_REPAS", nov(30), 390, LineReason.RESERVED,
                QuotientBracket.C);
        return List.of(
                new InvoiceIssued("invoice:2026-11:family-bernard", "2026-000001", OTHER_FAMILY, NOV,
                        List.of(emmaMeal), 390, CLOSED_AT),
                new InvoiceIssued("invoice:2026-11:family-dupont", "2026-000002", FAMILY, NOV, JULES_LINES, 1300,
                        CLOSED_AT),
                new MonthClosed(NOV, 2, 1690, CLOSED_AT),
                new CreditNoteIssued("credit-note-1", "AV-2026-000001", FAMILY, "invoice:2026-11:family-dupont", 280,
                        "Maladie justifiée le 09/11", CLOSED_AT.plusSeconds(3600)),
                new InvoiceIssued("invoice:2026-12:family-dupont", "2027-000001", FAMILY, "2026-12",
                        List.of(new InvoiceLine(JULES, "RS", "RS_REPAS", LocalDate.of(2026, 12, 1), 100,
                                LineReason.RESERVED, QuotientBracket.A)), 100, Instant.parse("2027-01-04T08:00:00Z")),
                new CreditNoteApplied("credit-note-1", "invoice:2026-12:family-dupont", FAMILY, 100),
                new MonthClosed("2026-12", 1, 100, Instant.parse("2027-01-04T08:00:00Z")));
    }

    private static List<Object> historyClosedAndCorrected() {
        List<Object> events = new ArrayList<>(history());
        events.addAll(closeAndCorrect());
        return events;
    }

    /** Through Axon's annotation adapter, as the event processor delivers them. */
    private void feed(List<Object> events) {
        AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(projection);
        for (Object event : events) {
            try {
                adapter.handle(GenericEventMessage.asEventMessage(event));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void givenAMonthOfCells_whenPreviewing_thenBilledCellsPricedAtTheBracketOfTheirDayAndOthersLeftOut() {
        feed(history());

        MonthPreview preview = projection.handle(new FindMonthPreview(NOV, DEC_1));

        assertThat(preview.closed()).isFalse();
        assertThat(preview.invoices()).extracting(InvoicePreview::familyName)
                .containsExactly("M. Paul Bernard", "Mme Anne Dupont");
        InvoicePreview dupont = preview.invoices().get(1);
        assertThat(dupont.lines()).extracting(BilledLine::line).containsExactlyElementsOf(JULES_LINES);
        assertThat(dupont.lines().get(0).activityLabel()).isEqualTo("Accueil périscolaire");
        assertThat(dupont.lines().get(0).unitLabel()).isEqualTo("Accueil matin");
        assertThat(dupont.lines().get(0).childName()).isEqualTo("Jules Dupont");
        assertThat(dupont.total()).isEqualTo(1300);
        assertThat(preview.invoices().get(0).total()).isEqualTo(390);
        assertThat(preview.total()).isEqualTo(1690);
        assertThat(preview.awaitingDecision()).as("the request of the 5th and the cancellation request of the 20th")
                .isEqualTo(2);
    }

    @Test
    void givenTheCurrentMonth_whenPreviewingBeforeItsEnd_thenOnlyPastDaysAreBilled() {
        feed(history());
        MonthPreview preview = projection.handle(new FindMonthPreview(NOV, nov(30)));
        assertThat(preview.invoices()).extracting(InvoicePreview::familyId).containsExactly(FAMILY);
        assertThat(projection.handle(new FindMonthSummary(NOV, nov(30))).total()).isEqualTo(1300);
    }

    @Test
    void givenIssuedInvoicesAndACreditNote_whenReadingAFamily_thenInvoicesNewestFirstWithCreditsAndAmountDue() {
        feed(history());
        feed(closeAndCorrect());

        List<InvoiceView> invoices = projection.handle(new FindInvoicesOfFamily(FAMILY));

        assertThat(invoices).extracting(InvoiceView::number).containsExactly("2027-000001", "2026-000002");
        assertThat(invoices.get(1).lines()).extracting(BilledLine::line).containsExactlyElementsOf(JULES_LINES);
        assertThat(invoices.get(1).amountDue()).isEqualTo(1300);
        assertThat(invoices.get(0).credits()).containsExactly(
                new InvoiceView.AppliedCredit("credit-note-1", "AV-2026-000001", 100));
        assertThat(invoices.get(0).amountDue()).isZero();
        List<CreditNoteView> notes = projection.handle(new FindCreditNotesOfFamily(FAMILY));
        assertThat(notes).singleElement().satisfies(note -> {
            assertThat(note.invoiceNumber()).isEqualTo("2026-000002");
            assertThat(note.remaining()).isEqualTo(180);
            assertThat(note.reason()).isEqualTo("Maladie justifiée le 09/11");
        });
        assertThat(projection.handle(new FindInvoicesOfFamily("family-unknown"))).isEmpty();
        assertThat(projection.handle(new FindInvoice("invoice:2026-11:family-bernard"))).get()
                .extracting(InvoiceView::familyName).isEqualTo("M. Paul Bernard");
    }

    @Test
    void givenAClosedMonth_whenSummarizing_thenTotalsPerActivityUnitAndBracketFromTheIssuedInvoices() {
        feed(history());
        feed(closeAndCorrect());

        MonthSummary summary = projection.handle(new FindMonthSummary(NOV, DEC_1));

        assertThat(summary.closed()).isTrue();
        assertThat(summary.invoices()).isEqualTo(2);
        assertThat(summary.total()).isEqualTo(1690);
        assertThat(summary.activities()).extracting(MonthSummary.ActivityTotal::activityId)
                .containsExactly("APS", "RS");
        MonthSummary.UnitTotal meals = summary.activities().get(1).units().get(0);
        assertThat(meals.label()).isEqualTo("Repas");
        assertThat(meals.count()).isEqualTo(6);
        assertThat(meals.amount()).isEqualTo(1570);
        assertThat(meals.brackets()).containsExactly(new MonthSummary.BracketTotal(QuotientBracket.A, 2, 200),
                new MonthSummary.BracketTotal(QuotientBracket.B, 3, 980),
                new MonthSummary.BracketTotal(QuotientBracket.C, 1, 390));
        assertThat(projection.handle(new FindInvoicesOfMonth(NOV))).extracting(InvoiceView::number)
                .containsExactly("2026-000001", "2026-000002");
    }

    /**
     * A close handled as one batch of a processor, one of its invoices delivered twice: the month is written once, at
     * the end of the batch, and adds each invoice up once.
     */
    @Test
    void givenACloseInOneBatchWithAnInvoiceTwice_whenSummarizing_thenTheMonthWrittenAtTheEndCountsEachInvoiceOnce() {
        feed(history());
        List<Object> close = closeAndCorrect().subList(0, 3);
        List<Object> events = List.of(close.get(0), close.get(1), close.get(0), close.get(2));
        AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(projection);
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(
                events.stream().<EventMessage<?>>map(GenericEventMessage::asEventMessage).toList());
        List<Long> monthsDuringTheBatch = new ArrayList<>();

        batch.executeWithResult(() -> {
            adapter.handle(batch.getMessage());
            monthsDuringTheBatch.add(database.getCollection("billing_months").countDocuments());
            return null;
        });

        assertThat(monthsDuringTheBatch).containsOnly(0L);
        MonthSummary summary = projection.handle(new FindMonthSummary(NOV, DEC_1));
        assertThat(summary.closed()).isTrue();
        assertThat(summary.total()).isEqualTo(1690);
        assertThat(summary.activities().get(1).units().get(0).brackets()).containsExactly(
                new MonthSummary.BracketTotal(QuotientBracket.A, 2, 200),
                new MonthSummary.BracketTotal(QuotientBracket.B, 3, 980),
                new MonthSummary.BracketTotal(QuotientBracket.C, 1, 390));
        assertThat(projection.handle(new FindInvoicesOfMonth(NOV))).extracting(InvoiceView::number)
                .containsExactly("2026-000001", "2026-000002");
    }

    @Test
    void givenTheSameEvents_whenResetAndReplayed_thenEveryInvoiceSummaryAndCreditNoteIsReproducedExactly() {
        List<Object> events = historyClosedAndCorrected();
        feed(events);
        Snapshot live = snapshot();

        new AnnotationEventHandlerAdapter(projection).prepareReset();
        feed(events);
        assertThat(snapshot()).isEqualTo(live);

        feed(events);
        assertThat(snapshot()).as("handling every event a second time changes nothing").isEqualTo(live);
    }

    /**
     * A replay hands the read model a thousand events at a time: the family created, its quotient, its invoices and the
     * credits on them all meet in the batch's documents before anything is written.
     */
    @Test
    void givenEveryEventInOneBatch_whenReading_thenTheSameInvoicesQuotientsAndCreditsAsEventByEvent() {
        List<Object> events = historyClosedAndCorrected();
        feed(events);
        Snapshot eventByEvent = snapshot();
        MonthPreview previewEventByEvent = projection.handle(new FindMonthPreview(NOV, DEC_1));
        AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(projection);
        adapter.prepareReset();

        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(
                events.stream().<EventMessage<?>>map(GenericEventMessage::asEventMessage).toList());
        batch.executeWithResult(() -> adapter.handle(batch.getMessage()));

        assertThat(snapshot()).isEqualTo(eventByEvent);
        assertThat(projection.handle(new FindMonthPreview(NOV, DEC_1))).isEqualTo(previewEventByEvent);
        assertThat(snapshot().dupont()).flatExtracting(InvoiceView::credits).isNotEmpty();
    }

    @Test
    void givenFortyChildrenWithAMealInTheMonth_whenPreviewing_thenEveryChildIsBilledThoughTheirListIsSplit() {
        List<Object> events = new ArrayList<>(history().subList(0, 4));
        List<String> families = new ArrayList<>();
        for (int number = 0; number < 40; number++) {
            String family = "family-" + number;
            families.add(family);
            events.add(new FamilyCreated(family, new ResponsibleAdult("Mme", "Parent", "N" + number, null, null), 850));
            events.add(new ChildAdded(family, "child-" + number, "Enfant", "N" + number, LocalDate.of(2018, 1, 1),
                    Sex.F));
            events.add(validated("child-" + number, "RS", "RS_REPAS", nov(2)));
        }
        feed(events);

        assertThat(database.getCollection("billing_month_children").countDocuments()).as("split by child")
                .isGreaterThan(1).isLessThanOrEqualTo(ChildBuckets.COUNT);
        MonthPreview preview = projection.handle(new FindMonthPreview(NOV, DEC_1));
        assertThat(preview.invoices()).extracting(InvoicePreview::familyId)
                .containsExactlyInAnyOrderElementsOf(families);
        assertThat(preview.total()).isEqualTo(40 * 280);
    }

    @Test
    void givenAMonthsChildrenStoredWholeByAnEarlierVersion_whenAsked_thenItHoldsAnEarlierShapeUntilReset() {
        feed(history());
        assertThat(projection.holdsEarlierShape()).as("new shape only").isFalse();
        database.getCollection("billing_month_children").insertOne(new Document("_id", NOV)
                .append("childIds", List.of(JULES)));
        assertThat(projection.holdsEarlierShape()).isTrue();

        new AnnotationEventHandlerAdapter(projection).prepareReset();
        feed(history());

        assertThat(projection.holdsEarlierShape()).isFalse();
    }

    private record Snapshot(List<InvoiceView> dupont, List<InvoiceView> bernard, List<InvoiceView> november,
                            MonthSummary novemberSummary, MonthSummary decemberSummary,
                            List<CreditNoteView> creditNotes) {
    }

    private Snapshot snapshot() {
        return new Snapshot(projection.handle(new FindInvoicesOfFamily(FAMILY)),
                projection.handle(new FindInvoicesOfFamily(OTHER_FAMILY)),
                projection.handle(new FindInvoicesOfMonth(NOV)), projection.handle(new FindMonthSummary(NOV, DEC_1)),
                projection.handle(new FindMonthSummary("2026-12", DEC_1)),
                projection.handle(new FindCreditNotesOfFamily(FAMILY)));
    }
}
