package fr.portailfamille.web.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import fr.portailfamille.api.billing.BillingMessages;
import fr.portailfamille.api.billing.CloseMonth;
import fr.portailfamille.api.billing.FindInvoicesOfMonth;
import fr.portailfamille.api.billing.FindMonthPreview;
import fr.portailfamille.api.billing.FindMonthSummary;
import fr.portailfamille.api.billing.InvoiceDraft;
import fr.portailfamille.api.billing.InvoiceLine;
import fr.portailfamille.api.billing.InvoiceView;
import fr.portailfamille.api.billing.LinePricing;
import fr.portailfamille.api.billing.LineReason;
import fr.portailfamille.api.billing.MonthPreview;
import fr.portailfamille.api.billing.MonthSummary;
import fr.portailfamille.api.catalogue.CatalogueEvent;
import fr.portailfamille.api.catalogue.QuotientBracket;
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
import fr.portailfamille.api.reservation.ReservationRejected;
import fr.portailfamille.api.reservation.ReservationRequested;
import fr.portailfamille.api.reservation.ReservationValidated;
import fr.portailfamille.api.reservation.ReservationWaitlisted;
import fr.portailfamille.api.reservation.ReservationWithdrawn;
import fr.portailfamille.api.reservation.WaitlistedReservationPromoted;
import fr.portailfamille.domain.billing.Billing;
import fr.portailfamille.domain.catalogue.CatalogueLookup;
import fr.portailfamille.domain.catalogue.CatalogueView;
import fr.portailfamille.domain.catalogue.DemoCommune;
import fr.portailfamille.query.billing.BillingProjection;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * For random months of reservations, cancellations and attendance: the billing read model's preview, the invoices
 * the billing aggregate issues from it and the month's summary all agree with a computation made here from each
 * cell's last state and the demo tariffs.
 */
class BillingProperties {
    private static final String MONTH = "2026-11";
    private static final Instant CLOSE_AT = Instant.parse("2026-12-01T07:00:00Z");
    private static final int SURCHARGE_PERCENT = 50;
    private static final CatalogueView DEMO_CATALOGUE = DemoCommune.catalogueView();
    private static final List<String[]> UNITS = List.of(new String[] {"RS", "RS_REPAS"},
            new String[] {"APS", "APS_MATIN"}, new String[] {"APS", "APS_GOUTER"}, new String[] {"MERC", "MERC_APM"},
            new String[] {"ALSH", "ALSH_JOUR"});
    private static final int FAMILIES = 3;
    private static final int CHILDREN = 4;

    private static MongoServer server;
    private static MongoClient client;

    @BeforeContainer
    static void startServer() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    @AfterContainer
    static void stopServer() {
        client.close();
        server.shutdown();
    }

    enum Action {
        REQUEST, WAITLIST, VALIDATE, PROMOTE, ASK_CANCELLATION, CANCEL, REJECT, WITHDRAW, PRESENT, ABSENT,
        ABSENT_JUSTIFIED, UNBOOKED_PRESENT
    }

    record CellAction(int child, int unit, int day, Action action) {
    }

    /** Family 0's quotient changes from {@code changeFrom} to {@code changeTo} (days of the month). */
    record Scenario(List<Integer> quotients, int changedQuotient, int changeFrom, int changeTo,
                    List<CellAction> actions) {
    }

    @Provide
    Arbitrary<Scenario> months() {
        Arbitrary<Integer> quotient = Arbitraries.of(500, 700, 701, 850, 1200, 1201, 2000).injectNull(0.2);
        Arbitrary<CellAction> action = Combinators.combine(Arbitraries.integers().between(0, CHILDREN - 1),
                Arbitraries.integers().between(0, UNITS.size() - 1), Arbitraries.integers().between(1, 30),
                Arbitraries.of(Action.class)).as(CellAction::new);
        return Combinators.combine(quotient.list().ofSize(FAMILIES), Arbitraries.of(400, 900, 1600),
                Arbitraries.integers().between(1, 30), Arbitraries.integers().between(0, 29),
                action.list().ofMaxSize(80)).as((quotients, changed, from, length, actions) -> new Scenario(
                quotients, changed, from, Math.min(30, from + length), actions));
    }

    @Property(tries = 30)
    void invoicesSummaryAndAnIndependentComputationAgree(@ForAll("months") Scenario scenario) throws Exception {
        BillingProjection projection = new BillingProjection(client.getDatabase("p-" + UUID.randomUUID()),
                new LinePricing(SURCHARGE_PERCENT));
        feed(projection, history(scenario));

        MonthPreview preview = projection.handle(new FindMonthPreview(MONTH, LocalDate.of(2026, 12, 1)));
        List<Object> issued = close(preview);
        feed(projection, issued);
        List<InvoiceView> invoices = projection.handle(new FindInvoicesOfMonth(MONTH));
        MonthSummary summary = projection.handle(new FindMonthSummary(MONTH, LocalDate.of(2026, 12, 1)));

        Map<String, Cell> cells = lastStates(scenario);
        int lineSum = invoices.stream().flatMap(invoice -> invoice.lines().stream())
                .mapToInt(line -> line.line().amount()).sum();
        assertThat(lineSum).isEqualTo(summary.total()).isEqualTo(preview.total())
                .isEqualTo(expectedTotal(scenario, cells));
        assertThat(summary.closed()).isTrue();
        for (InvoiceView invoice : invoices) {
            assertThat(invoice.total()).isEqualTo(invoice.lines().stream().mapToInt(l -> l.line().amount()).sum());
            for (var billed : invoice.lines()) {
                InvoiceLine line = billed.line();
                Cell cell = cells.get(key(line.childId(), line.activityId(), line.unitId(),
                        line.date().getDayOfMonth()));
                assertThat(cell.state()).as("an excused absence is never billed")
                        .isNotEqualTo(CellState.ABSENT_JUSTIFIED);
                int price = DEMO_CATALOGUE.unit(line.activityId(), line.unitId()).orElseThrow().tariff()
                        .priceFor(bracketOn(scenario, familyOf(line.childId()), line.date().getDayOfMonth()));
                if (line.reason() == LineReason.UNBOOKED_PRESENCE) {
                    assertThat(cell.booked()).isFalse();
                    assertThat(line.amount()).as("unbooked presence carries the surcharge")
                            .isEqualTo((price * 150 + 50) / 100);
                } else {
                    assertThat(line.amount()).isEqualTo(price);
                }
            }
        }
    }

    record Cell(CellState state, boolean booked) {
    }

    /** Each cell's state after its last action, computed here without the read model. */
    private static Map<String, Cell> lastStates(Scenario scenario) {
        Map<String, Cell> cells = new HashMap<>();
        for (CellAction action : scenario.actions()) {
            String[] unit = UNITS.get(action.unit());
            Cell after = switch (action.action()) {
                case REQUEST -> new Cell(CellState.REQUESTED, true);
                case WAITLIST -> new Cell(CellState.WAITLISTED, true);
                case VALIDATE, PROMOTE -> new Cell(CellState.VALIDATED, true);
                case ASK_CANCELLATION -> new Cell(CellState.CANCELLATION_REQUESTED, true);
                case CANCEL, REJECT, WITHDRAW -> new Cell(CellState.FREE, true);
                case PRESENT -> new Cell(CellState.PRESENT, true);
                case ABSENT -> new Cell(CellState.ABSENT, true);
                case ABSENT_JUSTIFIED -> new Cell(CellState.ABSENT_JUSTIFIED, true);
                case UNBOOKED_PRESENT -> new Cell(CellState.PRESENT, false);
            };
            cells.put(key(child(action.child()), unit[0], unit[1], action.day()), after);
        }
        return cells;
    }

    private static int expectedTotal(Scenario scenario, Map<String, Cell> cells) {
        int total = 0;
        for (Map.Entry<String, Cell> entry : cells.entrySet()) {
            String[] parts = entry.getKey().split("\\|");
            Cell cell = entry.getValue();
            int price = DEMO_CATALOGUE.unit(parts[1], parts[2]).orElseThrow().tariff()
                    .priceFor(bracketOn(scenario, familyOf(parts[0]), Integer.parseInt(parts[3])));
            boolean billedAtPrice = cell.state() == CellState.VALIDATED || cell.state() == CellState.ABSENT
                    || (cell.state() == CellState.PRESENT && cell.booked());
            if (billedAtPrice) {
                total += price;
            } else if (cell.state() == CellState.PRESENT) {
                total += Math.round(price * 1.5f);
            }
        }
        return total;
    }

    private static QuotientBracket bracketOn(Scenario scenario, int family, int day) {
        if (family == 0 && day >= scenario.changeFrom() && day <= scenario.changeTo()) {
            return QuotientBracket.of(scenario.changedQuotient());
        }
        return QuotientBracket.of(scenario.quotients().get(family));
    }

    private static List<Object> history(Scenario scenario) {
        List<Object> events = new ArrayList<>(DemoCommune.catalogueEvents());
        for (int family = 0; family < FAMILIES; family++) {
            events.add(new FamilyCreated(family(family), new ResponsibleAdult("Mme", "Test", "Famille" + family,
                    "f" + family + "@example.org", null), scenario.quotients().get(family)));
        }
        events.add(new QuotientFamilialSet(family(0), scenario.changedQuotient(), day(scenario.changeFrom()),
                day(scenario.changeTo())));
        for (int child = 0; child < CHILDREN; child++) {
            events.add(new ChildAdded(family(child % FAMILIES), child(child), "Enfant" + child, "Test",
                    LocalDate.of(2018, 1, 1), Sex.F));
        }
        for (CellAction action : scenario.actions()) {
            events.add(slotEvent(action));
        }
        return events;
    }

    private static Object slotEvent(CellAction action) {
        String activity = UNITS.get(action.unit())[0];
        String unit = UNITS.get(action.unit())[1];
        LocalDate date = day(action.day());
        String slot = "slot:" + activity + ":" + date;
        String child = child(action.child());
        return switch (action.action()) {
            case REQUEST -> new ReservationRequested(slot, activity, date, child, unit);
            case WAITLIST -> new ReservationWaitlisted(slot, activity, date, child, unit, 1);
            case VALIDATE -> new ReservationValidated(slot, activity, date, child, unit, false);
            case PROMOTE -> new WaitlistedReservationPromoted(slot, activity, date, child, unit, CellState.VALIDATED);
            case ASK_CANCELLATION -> new CancellationRequested(slot, activity, date, child, unit);
            case CANCEL -> new ReservationCancelled(slot, activity, date, child, unit, "STAFF");
            case REJECT -> new ReservationRejected(slot, activity, date, child, unit, "Complet");
            case WITHDRAW -> new ReservationWithdrawn(slot, activity, date, child, unit);
            case PRESENT -> new AttendanceRecorded(slot, activity, date, child, unit, AttendanceStatus.PRESENT, true);
            case ABSENT -> new AttendanceRecorded(slot, activity, date, child, unit, AttendanceStatus.ABSENT, true);
            case ABSENT_JUSTIFIED -> new AttendanceRecorded(slot, activity, date, child, unit,
                    AttendanceStatus.ABSENT_JUSTIFIED, true);
            case UNBOOKED_PRESENT -> new AttendanceRecorded(slot, activity, date, child, unit,
                    AttendanceStatus.PRESENT, false);
        };
    }

    /** The month closed by the billing aggregate with the preview's drafts: the events it records. */
    private static List<Object> close(MonthPreview preview) {
        EmbeddedEventStore catalogueStore = EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine()).build();
        try {
            long sequence = 0;
            for (CatalogueEvent event : DemoCommune.catalogueEvents()) {
                catalogueStore.publish(new GenericDomainEventMessage<>("Catalogue", "catalogue", sequence++, event));
            }
            AggregateTestFixture<Billing> fixture = new AggregateTestFixture<>(Billing.class);
            fixture.registerInjectableResource(new CatalogueLookup(catalogueStore));
            fixture.registerInjectableResource(new LinePricing(SURCHARGE_PERCENT));
            fixture.registerInjectableResource(Clock.fixed(CLOSE_AT, ZoneId.of("Europe/Paris")));
            List<InvoiceDraft> drafts = preview.invoices().stream().map(invoice -> new InvoiceDraft(
                    invoice.familyId(), invoice.lines().stream().map(billed -> billed.line()).toList())).toList();
            fixture.givenNoPriorActivity()
                    .when(new CloseMonth(BillingMessages.BILLING_ID, MONTH, drafts), Map.of("role", "STAFF"))
                    .expectSuccessfulHandlerExecution();
            return fixture.getEventStore().readEvents(BillingMessages.BILLING_ID).asStream()
                    .map(EventMessage::getPayload).map(Object.class::cast).toList();
        } finally {
            catalogueStore.shutDown();
        }
    }

    private static void feed(BillingProjection projection, List<Object> events) throws Exception {
        AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(projection);
        for (Object event : events) {
            adapter.handle(GenericEventMessage.asEventMessage(event));
        }
    }

    private static String key(String childId, String activityId, String unitId, int day) {
        return childId + "|" + activityId + "|" + unitId + "|" + day;
    }

    private static int familyOf(String childId) {
        return Integer.parseInt(childId.substring("child-p".length())) % FAMILIES;
    }

    private static String family(int index) {
        return "family-p" + index;
    }

    private static String child(int index) {
        return "child-p" + index;
    }

    private static LocalDate day(int day) {
        return LocalDate.of(2026, 11, day);
    }
}
