package fr.portailfamille.domain.billing;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import fr.portailfamille.api.AuditMetadata;
import fr.portailfamille.api.billing.BillingEvent;
import fr.portailfamille.api.billing.BillingMessages;
import fr.portailfamille.api.billing.BillingMonth;
import fr.portailfamille.api.billing.CloseMonth;
import fr.portailfamille.api.billing.CreditNoteApplied;
import fr.portailfamille.api.billing.CreditNoteId;
import fr.portailfamille.api.billing.CreditNoteIssued;
import fr.portailfamille.api.billing.InvoiceDraft;
import fr.portailfamille.api.billing.InvoiceId;
import fr.portailfamille.api.billing.InvoiceIssued;
import fr.portailfamille.api.billing.InvoiceLine;
import fr.portailfamille.api.billing.IssueCreditNote;
import fr.portailfamille.api.billing.LinePricing;
import fr.portailfamille.api.billing.MonthClosed;
import fr.portailfamille.domain.catalogue.CatalogueLookup;

/**
 * The commune's one billing ({@code "billing"}): it closes months, issues their invoices and credit notes, and
 * hands out their numbers. Being one aggregate, its numbers never skip or repeat, even when two agents close
 * months at the same time: the event store accepts one of two concurrent changes and the other is retried on
 * the new state.
 * <p>
 * What is billable comes with {@link CloseMonth}: the drafts of the preview the agent saw, computed by the billing
 * read model from the slot, family and catalogue events. The command side has no index of which children have
 * cells in a month nor of a child's family, so it could only find them by reading every stream of the month from
 * the event store at each close; the read model already folds exactly these facts, and the agent approves the
 * amounts that are issued. This aggregate checks what it can know for sure: the month has ended and was never
 * closed, every line is a day of that month billed once, and every amount is the current tariff of its unit for
 * its bracket and reason.
 */
public class Billing {
    @AggregateIdentifier
    private String billingId;
    private BillingLedger ledger = new BillingLedger();

    public Billing() {
        // for Axon and Jackson
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(CloseMonth command, CatalogueLookup catalogue, LinePricing pricing, Clock clock,
                       @MetaDataValue(AuditMetadata.ROLE) String role) {
        BillingRules.billingId(command.billingId());
        BillingMonth month = new BillingMonth(command.month());
        BillingRules.requireWellFormed(month, command.invoices());
        BillingRules.requireStaff(role);
        BillingRules.requireOpen(month, ledger);
        LocalDate today = LocalDate.now(clock);
        BillingRules.requireEnded(month, today);
        BillingRules.requireCurrentPrices(command.invoices(), catalogue.catalogue(), pricing);
        Instant now = clock.instant();
        int monthTotal = 0;
        for (InvoiceDraft draft : command.invoices()) {
            String invoiceId = InvoiceId.of(month.value(), draft.familyId()).value();
            int total = draft.lines().stream().mapToInt(InvoiceLine::amount).sum();
            apply(new InvoiceIssued(invoiceId, ledger.nextInvoiceNumber(today.getYear()), draft.familyId(),
                    month.value(), draft.lines(), total, now));
            deductPendingCredits(draft.familyId(), invoiceId, total);
            monthTotal += total;
        }
        apply(new MonthClosed(month.value(), command.invoices().size(), monthTotal, now));
    }

    private void deductPendingCredits(String familyId, String invoiceId, int total) {
        Map<String, Integer> deductions = CreditAllocation.allocate(ledger.pendingCredits(familyId), total);
        deductions.forEach((creditNoteId, amount) -> apply(new CreditNoteApplied(creditNoteId, invoiceId, familyId,
                amount)));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(IssueCreditNote command, Clock clock, @MetaDataValue(AuditMetadata.ROLE) String role) {
        BillingRules.billingId(command.billingId());
        new CreditNoteId(command.creditNoteId());
        BillingRules.requireWellFormed(command);
        BillingRules.requireStaff(role);
        String reason = command.reason().trim();
        var known = ledger.creditNote(command.creditNoteId());
        if (known.isPresent()) {
            BillingLedger.CreditNote note = known.get();
            if (note.familyId().equals(command.familyId()) && note.invoiceId().equals(command.invoiceId())
                    && note.amount() == command.amount() && note.reason().equals(reason)) {
                return;
            }
            throw new IllegalArgumentException("credit note " + command.creditNoteId() + " was issued otherwise");
        }
        BillingRules.requireCreditable(command, ledger);
        apply(new CreditNoteIssued(command.creditNoteId(), ledger.nextCreditNoteNumber(LocalDate.now(clock).getYear()),
                command.familyId(), command.invoiceId(), command.amount(), reason, clock.instant()));
    }

    @EventSourcingHandler
    void on(BillingEvent event) {
        billingId = BillingMessages.BILLING_ID;
        ledger.record(event);
    }

    public String getBillingId() {
        return billingId;
    }

    /** What billing remembers; also what a snapshot carries. */
    public BillingLedger getLedger() {
        return ledger;
    }
}
