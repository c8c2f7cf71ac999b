package fr.portailfamille.domain.billing;

import static fr.portailfamille.api.billing.BillingMessages.BILLING_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.CustomMatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.portailfamille.api.RuleViolation;
import fr.portailfamille.api.billing.CloseMonth;
import fr.portailfamille.api.billing.CreditNoteApplied;
import fr.portailfamille.api.billing.CreditNoteIssued;
import fr.portailfamille.api.billing.InvoiceDraft;
import fr.portailfamille.api.billing.InvoiceIssued;
import fr.portailfamille.api.billing.InvoiceLine;
import fr.portailfamille.api.billing.IssueCreditNote;
import fr.portailfamille.api.billing.LinePricing;
import fr.portailfamille.api.billing.LineReason;
import fr.portailfamille.api.billing.MonthClosed;
import fr.portailfamille.api.catalogue.CatalogueEvent;
import fr.portailfamille.api.catalogue.QuotientBracket;
import fr.portailfamille.domain.catalogue.CatalogueLookup;
import fr.portailfamille.domain.catalogue.DemoCommune;

class BillingTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Tuesday 1 December 2026, 08:00 in Paris: November has ended, December has not. */
    private static final Instant NOW = Instant.parse("2026-12-01T07:00:00Z");
    private static final Map<String, String> STAFF = Map.of("role", "STAFF");
    private static final String DUPONT = "family-dupont";
    private static final String BERNARD = "family-bernard";
    private static final String NOV = "2026-11";
    private static final String DUPONT_NOV = "invoice:2026-11:family-dupont";
    private static final String BERNARD_NOV = "invoice:2026-11:family-bernard";
    private static final String DUPONT_OCT = "invoice:2026-10:family-dupont";

    private static final InvoiceLine MEAL_B = new InvoiceLine("child-jules", "RS", "RS_REPAS",
            LocalDate.of(2026, 11, 2), 280, LineReason.RESERVED, QuotientBracket.B);
    private static final InvoiceLine MORNING_B = new InvoiceLine("child-jules", "APS", "APS_MATIN",
            LocalDate.of(2026, 11, 3), 120, LineReason.RESERVED, QuotientBracket.B);
    /** 390 for bracket C plus 50 %. */
    private static final InvoiceLine UNBOOKED_MEAL_C = new InvoiceLine("child-emma", "RS", "RS_REPAS",
            LocalDate.of(2026, 11, 5), 585, LineReason.UNBOOKED_PRESENCE, QuotientBracket.C);

    private final EmbeddedEventStore catalogueStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private AggregateTestFixture<Billing> fixture;

    @BeforeEach
    void setUp() {
        long sequence = 0;
        for (CatalogueEvent event : DemoCommune.catalogueEvents()) {
            catalogueStore.publish(new GenericDomainEventMessage<>("Catalogue", "catalogue", sequence++, event));
        }
        clockAt(NOW);
    }

    @AfterEach
    void tearDown() {
        catalogueStore.shutDown();
    }

    private void clockAt(Instant now) {
        fixture = new AggregateTestFixture<>(Billing.class);
        fixture.registerInjectableResource(new CatalogueLookup(catalogueStore));
        fixture.registerInjectableResource(new LinePricing(50));
        fixture.registerInjectableResource(Clock.fixed(now, PARIS));
    }

    private static CloseMonth close(String month, InvoiceDraft... drafts) {
        return new CloseMonth(BILLING_ID, month, List.of(drafts));
    }

    private static InvoiceIssued dupontOctober(String number, int total) {
        return new InvoiceIssued(DUPONT_OCT, number, DUPONT, "2026-10", List.of(new InvoiceLine("child-jules", "RS",
                "RS_REPAS", LocalDate.of(2026, 10, 1), total, LineReason.RESERVED, QuotientBracket.B)), total,
                NOW.minusSeconds(86400 * 20));
    }

    private static CreditNoteIssued creditNote(String id, String number, int amount) {
        return new CreditNoteIssued(id, number, DUPONT, DUPONT_OCT, amount, "Maladie justifiée", NOW.minusSeconds(60));
    }

    private static void expectViolation(ResultValidator<Billing> result, String code) {
        result.expectException(new CustomMatcher<>("a RuleViolation with code " + code) {
            @Override
            public boolean matches(Object item) {
                return item instanceof RuleViolation violation && violation.code().equals(code);
            }
        }).expectNoEvents();
    }

    // CloseMonth

    @Test
    void givenNoBilling_whenClosingAnEndedMonth_thenOneInvoicePerFamilyNumberedFromOneThenMonthClosed() {
        fixture.givenNoPriorActivity()
                .when(close(NOV, new InvoiceDraft(DUPONT, List.of(MEAL_B, MORNING_B)),
                        new InvoiceDraft(BERNARD, List.of(UNBOOKED_MEAL_C))), STAFF)
                .expectEvents(
                        new InvoiceIssued(DUPONT_NOV, "2026-000001", DUPONT, NOV, List.of(MEAL_B, MORNING_B), 400, NOW),
                        new InvoiceIssued(BERNARD_NOV, "2026-000002", BERNARD, NOV, List.of(UNBOOKED_MEAL_C), 585,
                                NOW),
                        new MonthClosed(NOV, 2, 985, NOW))
                .expectState(billing -> assertThat(billing.getLedger().isClosed(NOV)).isTrue());
    }

    @Test
    void givenInvoicesIssuedThisYear_whenClosingAnotherMonth_thenNumbersContinueWithoutGap() {
        fixture.given(dupontOctober("2026-000001", 280), new MonthClosed("2026-10", 1, 280, NOW))
                .when(close(NOV, new InvoiceDraft(BERNARD, List.of(UNBOOKED_MEAL_C))), STAFF)
                .expectEvents(new InvoiceIssued(BERNARD_NOV, "2026-000002", BERNARD, NOV, List.of(UNBOOKED_MEAL_C),
                        585, NOW), new MonthClosed(NOV, 1, 585, NOW));
    }

    @Test
    void givenInvoicesOfLastYear_whenClosingDecemberInJanuary_thenNumbersStartAgainAtOneForTheNewYear() {
        clockAt(Instant.parse("2027-01-04T08:00:00Z"));
        InvoiceLine december = new InvoiceLine("child-jules", "RS", "RS_REPAS", LocalDate.of(2026, 12, 1), 280,
                LineReason.RESERVED, QuotientBracket.B);
        Instant closedAt = Instant.parse("2027-01-04T08:00:00Z");
        fixture.given(dupontOctober("2026-000001", 280), new MonthClosed("2026-10", 1, 280, NOW))
                .when(close("2026-12", new InvoiceDraft(DUPONT, List.of(december))), STAFF)
                .expectEvents(new InvoiceIssued("invoice:2026-12:family-dupont", "2027-000001", DUPONT, "2026-12",
                        List.of(december), 280, closedAt), new MonthClosed("2026-12", 1, 280, closedAt));
    }

    @Test
    void givenAClosedMonth_whenClosingItAgain_thenRefusedAsMonthClosed() {
        expectViolation(fixture.given(new MonthClosed(NOV, 0, 0, NOW))
                .when(close(NOV, new InvoiceDraft(DUPONT, List.of(MEAL_B))), STAFF), "MONTH_CLOSED");
    }

    @Test
    void givenNoBilling_whenClosingTheCurrentMonth_thenRefusedAsNotEnded() {
        InvoiceLine december = new InvoiceLine("child-jules", "RS", "RS_REPAS", LocalDate.of(2026, 12, 1), 280,
                LineReason.RESERVED, QuotientBracket.B);
        expectViolation(fixture.givenNoPriorActivity()
                .when(close("2026-12", new InvoiceDraft(DUPONT, List.of(december))), STAFF), "MONTH_NOT_ENDED");
    }

    @Test
    void givenNoBilling_whenClosingWithAnOldPrice_thenRefusedAsPreviewOutdated() {
        InvoiceLine oldPrice = new InvoiceLine("child-jules", "RS", "RS_REPAS", LocalDate.of(2026, 11, 2), 250,
                LineReason.RESERVED, QuotientBracket.B);
        expectViolation(fixture.givenNoPriorActivity()
                .when(close(NOV, new InvoiceDraft(DUPONT, List.of(oldPrice))), STAFF), "PREVIEW_OUTDATED");
    }

    @Test
    void givenNoBilling_whenAnUnbookedPresenceLacksItsSurcharge_thenRefusedAsPreviewOutdated() {
        InvoiceLine withoutSurcharge = new InvoiceLine("child-emma", "RS", "RS_REPAS", LocalDate.of(2026, 11, 5), 390,
                LineReason.UNBOOKED_PRESENCE, QuotientBracket.C);
        expectViolation(fixture.givenNoPriorActivity()
                .when(close(NOV, new InvoiceDraft(BERNARD, List.of(withoutSurcharge))), STAFF), "PREVIEW_OUTDATED");
    }

    @Test
    void givenNoBilling_whenClosingAMonthWithoutBillableCells_thenMonthClosedWithoutInvoices() {
        fixture.givenNoPriorActivity()
                .when(close(NOV), STAFF)
                .expectEvents(new MonthClosed(NOV, 0, 0, NOW));
    }

    @Test
    void givenNoBilling_whenALineIsNotOfTheMonth_thenRefusedAsMalformed() {
        InvoiceLine october = new InvoiceLine("child-jules", "RS", "RS_REPAS", LocalDate.of(2026, 10, 30), 280,
                LineReason.RESERVED, QuotientBracket.B);
        fixture.givenNoPriorActivity()
                .when(close(NOV, new InvoiceDraft(DUPONT, List.of(october))), STAFF)
                .expectException(IllegalArgumentException.class).expectNoEvents();
    }

    @Test
    void givenNoBilling_whenTheSameCellIsBilledTwice_thenRefusedAsMalformed() {
        fixture.givenNoPriorActivity()
                .when(close(NOV, new InvoiceDraft(DUPONT, List.of(MEAL_B)), new InvoiceDraft(BERNARD,
                        List.of(MEAL_B))), STAFF)
                .expectException(IllegalArgumentException.class).expectNoEvents();
    }

    @Test
    void givenNoBilling_whenAFamilyHasTwoDrafts_thenRefusedAsMalformed() {
        fixture.givenNoPriorActivity()
                .when(close(NOV, new InvoiceDraft(DUPONT, List.of(MEAL_B)), new InvoiceDraft(DUPONT,
                        List.of(MORNING_B))), STAFF)
                .expectException(IllegalArgumentException.class).expectNoEvents();
    }

    @Test
    void givenNoBilling_whenAnAuditorCloses_thenRefusedAsForbidden() {
        expectViolation(fixture.givenNoPriorActivity()
                .when(close(NOV, new InvoiceDraft(DUPONT, List.of(MEAL_B))), Map.of("role", "AUDITOR")), "FORBIDDEN");
    }

    @Test
    void givenPendingCreditNotes_whenClosingAMonth_thenTheyAreDeductedOldestFirstUpToTheInvoiceTotal() {
        fixture.given(dupontOctober("2026-000001", 1000), new MonthClosed("2026-10", 1, 1000, NOW),
                        creditNote("credit-note-1", "AV-2026-000001", 300),
                        creditNote("credit-note-2", "AV-2026-000002", 200))
                .when(close(NOV, new InvoiceDraft(DUPONT, List.of(MORNING_B, new InvoiceLine("child-jules", "APS",
                        "APS_GOUTER", LocalDate.of(2026, 11, 3), 60, LineReason.RESERVED, QuotientBracket.B)))), STAFF)
                .expectEvents(new InvoiceIssued(DUPONT_NOV, "2026-000002", DUPONT, NOV, List.of(MORNING_B,
                                new InvoiceLine("child-jules", "APS", "APS_GOUTER", LocalDate.of(2026, 11, 3), 60,
                                        LineReason.RESERVED, QuotientBracket.B)), 180, NOW),
                        new CreditNoteApplied("credit-note-1", DUPONT_NOV, DUPONT, 180),
                        new MonthClosed(NOV, 1, 180, NOW))
                .expectState(billing -> assertThat(billing.getLedger().pendingCredits(DUPONT))
                        .containsExactly(Map.entry("credit-note-1", 120), Map.entry("credit-note-2", 200)));
    }

    // IssueCreditNote

    @Test
    void givenAnIssuedInvoice_whenIssuingACreditNote_thenNumberedCreditNoteWithTrimmedReason() {
        fixture.given(dupontOctober("2026-000001", 1000))
                .when(new IssueCreditNote(BILLING_ID, "credit-note-1", DUPONT, DUPONT_OCT, 280,
                        "  Maladie justifiée le 02/10  "), STAFF)
                .expectEvents(new CreditNoteIssued("credit-note-1", "AV-2026-000001", DUPONT, DUPONT_OCT, 280,
                        "Maladie justifiée le 02/10", NOW));
    }

    @Test
    void givenACreditNote_whenTheSameCreditNoteIsSentAgain_thenNothingApplied() {
        fixture.given(dupontOctober("2026-000001", 1000), creditNote("credit-note-1", "AV-2026-000001", 280))
                .when(new IssueCreditNote(BILLING_ID, "credit-note-1", DUPONT, DUPONT_OCT, 280, "Maladie justifiée"),
                        STAFF)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenACreditNote_whenItsIdIsReusedForAnotherAmount_thenRefusedAsMalformed() {
        fixture.given(dupontOctober("2026-000001", 1000), creditNote("credit-note-1", "AV-2026-000001", 280))
                .when(new IssueCreditNote(BILLING_ID, "credit-note-1", DUPONT, DUPONT_OCT, 100, "Maladie justifiée"),
                        STAFF)
                .expectException(IllegalArgumentException.class).expectNoEvents();
    }

    @Test
    void givenCreditNotesOnAnInvoice_whenANewOneExceedsWhatIsLeft_thenRefused() {
        expectViolation(fixture.given(dupontOctober("2026-000001", 1000),
                        creditNote("credit-note-1", "AV-2026-000001", 800))
                .when(new IssueCreditNote(BILLING_ID, "credit-note-2", DUPONT, DUPONT_OCT, 201, "Erreur de saisie"),
                        STAFF), "CREDIT_EXCEEDS_INVOICE");
    }

    @Test
    void givenAnInvoiceOfAnotherFamily_whenIssuingACreditNoteOnIt_thenRefusedAsUnknownInvoice() {
        expectViolation(fixture.given(dupontOctober("2026-000001", 1000))
                .when(new IssueCreditNote(BILLING_ID, "credit-note-1", BERNARD, DUPONT_OCT, 100, "Erreur"), STAFF),
                "UNKNOWN_INVOICE");
    }

    @Test
    void givenAnIssuedInvoice_whenTheReasonIsBlank_thenRefusedAsMalformed() {
        fixture.given(dupontOctober("2026-000001", 1000))
                .when(new IssueCreditNote(BILLING_ID, "credit-note-1", DUPONT, DUPONT_OCT, 100, "  "), STAFF)
                .expectException(IllegalArgumentException.class).expectNoEvents();
    }

    @Test
    void givenAnIssuedInvoice_whenAParentIssuesACreditNote_thenRefusedAsForbidden() {
        expectViolation(fixture.given(dupontOctober("2026-000001", 1000))
                .when(new IssueCreditNote(BILLING_ID, "credit-note-1", DUPONT, DUPONT_OCT, 100, "Geste"),
                        Map.of("role", "PARENT")), "FORBIDDEN");
    }
}
