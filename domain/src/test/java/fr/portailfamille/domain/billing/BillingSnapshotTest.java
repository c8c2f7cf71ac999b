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

    @Test
    void givenNewBilling_whenSnapshotRoundTrip_thenEmptyLedger() {
        Billing restored = serializer.deserialize(serializer.serialize(new Billing(), String.class));
        assertThat(restored.getLedger()).isEqualTo(BillingLedger.EMPTY);
    }
}
