package fr.portailfamille.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import fr.portailfamille.api.billing.CreditNoteApplied;
import fr.portailfamille.api.billing.CreditNoteIssued;
import fr.portailfamille.api.billing.InvoiceIssued;
import fr.portailfamille.api.billing.InvoiceLine;
import fr.portailfamille.api.billing.LineReason;
import fr.portailfamille.api.billing.MonthClosed;
import fr.portailfamille.api.catalogue.QuotientBracket;

class BillingSnapshotTest {
    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())).build();

    @Test
    void givenInvoicesMonthsAndCreditNotes_whenSnapshotRoundTrip_thenSameLedgerAndSameNextNumbers() {
        Instant at = Instant.parse("2026-12-01T07:00:00Z");
        Billing billing = new Billing();
        billing.on(new InvoiceIssued("invoice:2026-11:family-a", "2026-000007", "family-a", "2026-11",
                List.of(new InvoiceLine("child-a", "RS", "RS_REPAS", LocalDate.of(2026, 11, 2), 280,
                        LineReason.RESERVED, QuotientBracket.B)), 280, at));
        billing.on(new MonthClosed("2026-11", 1, 280, at));
        billing.on(new CreditNoteIssued("credit-note-1", "AV-2026-000003", "family-a", "invoice:2026-11:family-a",
                200, "Maladie", at));
        billing.on(new CreditNoteApplied("credit-note-1", "invoice:2026-12:family-a", "family-a", 50));

        Billing restored = serializer.deserialize(serializer.serialize(billing, String.class));

        assertThat(restored.getBillingId()).isEqualTo("billing");
        assertThat(restored.getLedger()).isEqualTo(billing.getLedger());
        assertThat(restored.getLedger().nextInvoiceNumber(2026)).isEqualTo("2026-000008");
        assertThat(restored.getLedger().nextCreditNoteNumber(2026)).isEqualTo("AV-2026-000004");
        assertThat(restored.getLedger().pendingCredits("family-a")).containsEntry("credit-note-1", 150);
        assertThat(restored.getLedger().isClosed("2026-11")).isTrue();
    }

    /** The ledger was a record until the eleventh session on #7: its snapshots still load. */
    @Test
    void givenASnapshotOfTheLedgerAsARecord_whenLoaded_thenSameLedger() {
        String snapshot = """
                {"billingId":"billing","ledger":{"lastInvoiceNumbers":{"2026":7},"lastCreditNoteNumbers":{"2026":3},
                "closedMonths":["2026-11"],"invoices":{"invoice:2026-11:family-a":{"familyId":"family-a",
                "number":"2026-000007","total":280,"credited":200}},"creditNotes":{"credit-note-1":{
                "familyId":"family-a","invoiceId":"invoice:2026-11:family-a","number":"AV-2026-000003",
                "amount":200,"reason":"Maladie","remaining":150}}}}""";

        Billing restored = serializer.deserialize(new org.axonframework.serialization.SimpleSerializedObject<>(
                snapshot, String.class, Billing.class.getName(), null));

        assertThat(restored.getLedger().nextInvoiceNumber(2026)).isEqualTo("2026-000008");
        assertThat(restored.getLedger().nextCreditNoteNumber(2026)).isEqualTo("AV-2026-000004");
        assertThat(restored.getLedger().pendingCredits("family-a")).containsEntry("credit-note-1", 150);
        assertThat(restored.getLedger().invoice("invoice:2026-11:family-a")).get()
                .extracting(BillingLedger.IssuedInvoice::credited).isEqualTo(200);
        assertThat(restored.getLedger().isClosed("2026-11")).isTrue();
    }

    @Test
    void givenNewBilling_whenSnapshotRoundTrip_thenEmptyLedger() {
        Billing restored = serializer.deserialize(serializer.serialize(new Billing(), String.class));
        assertThat(restored.getLedger()).isEqualTo(new BillingLedger());
    }
}
