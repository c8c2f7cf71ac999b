package fr.portailfamille.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.portailfamille.api.billing.LinePricing;
import fr.portailfamille.api.billing.LineReason;
import fr.portailfamille.api.catalogue.QuotientBracket;
import fr.portailfamille.api.catalogue.Tariff;

class BillingRulesTest {

    @Test
    void givenYearsAndSequences_whenNumbering_thenSixDigitsAfterTheYearAndAvForCreditNotes() {
        assertThat(DocumentNumbers.invoice(2026, 1)).isEqualTo("2026-000001");
        assertThat(DocumentNumbers.creditNote(2027, 42)).isEqualTo("AV-2027-000042");
        assertThat(DocumentNumbers.yearOf("AV-2027-000042")).isEqualTo(2027);
        assertThat(DocumentNumbers.sequenceOf("2026-000123")).isEqualTo(123);
    }

    @Test
    void givenTheDemoSurcharge_whenPricing_thenReservedAtTariffAndUnbookedAtTariffPlusHalfRoundedToTheCent() {
        LinePricing pricing = new LinePricing(50);
        Tariff meal = new Tariff(100, 280, 390);
        assertThat(pricing.amount(meal, QuotientBracket.B, LineReason.RESERVED)).isEqualTo(280);
        assertThat(pricing.amount(meal, QuotientBracket.C, LineReason.UNBOOKED_PRESENCE)).isEqualTo(585);
        assertThat(pricing.amount(Tariff.flat(125), QuotientBracket.A, LineReason.UNBOOKED_PRESENCE)).isEqualTo(188);
        assertThat(new LinePricing(0).amount(meal, QuotientBracket.A, LineReason.UNBOOKED_PRESENCE)).isEqualTo(100);
    }

    @Test
    void givenPendingCredits_whenAllocatingToASmallerInvoice_thenOldestFirstAndTheRestWaits() {
        Map<String, Integer> pending = new LinkedHashMap<>();
        pending.put("credit-note-1", 300);
        pending.put("credit-note-2", 200);
        assertThat(CreditAllocation.allocate(pending, 400))
                .containsExactly(Map.entry("credit-note-1", 300), Map.entry("credit-note-2", 100));
        assertThat(CreditAllocation.allocate(pending, 1000))
                .containsExactly(Map.entry("credit-note-1", 300), Map.entry("credit-note-2", 200));
        assertThat(CreditAllocation.allocate(pending, 0)).isEmpty();
    }
}
