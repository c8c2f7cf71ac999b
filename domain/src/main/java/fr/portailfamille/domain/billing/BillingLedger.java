package fr.portailfamille.domain.billing;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import fr.portailfamille.api.billing.BillingEvent;
import fr.portailfamille.api.billing.CreditNoteApplied;
import fr.portailfamille.api.billing.CreditNoteIssued;
import fr.portailfamille.api.billing.InvoiceIssued;
import fr.portailfamille.api.billing.MonthClosed;

/**
 * What the billing aggregate must remember, folded from {@link BillingEvent}s: the last number handed out per year,
 * the closed months, each issued invoice (to bound the credit notes against it) and each credit note with what later
 * invoices have not deducted yet. Also what a snapshot carries, under the same names as when it was a record. Each
 * event changes it in place: a close issues an invoice per family, and a copy of the whole ledger per invoice made a
 * close of 2,000 families take 15 seconds, longer with every month.
 */
public final class BillingLedger {
    private final SortedMap<Integer, Integer> lastInvoiceNumbers = new TreeMap<>();
    private final SortedMap<Integer, Integer> lastCreditNoteNumbers = new TreeMap<>();
    private final SortedSet<String> closedMonths = new TreeSet<>();
    private final SortedMap<String, IssuedInvoice> invoices = new TreeMap<>();
    private final SortedMap<String, CreditNote> creditNotes = new TreeMap<>();

    /** An issued invoice: its family, number, total and the credit notes issued against it so far. */
    public record IssuedInvoice(String familyId, String number, int total, int credited) {
        int creditable() {
            return total - credited;
        }
    }

    /** A credit note as issued, and the part of it that later invoices have not deducted yet. */
    public record CreditNote(String familyId, String invoiceId, String number, int amount, String reason,
                             int remaining) {
    }

    public SortedMap<Integer, Integer> getLastInvoiceNumbers() {
        return Collections.unmodifiableSortedMap(lastInvoiceNumbers);
    }

    public SortedMap<Integer, Integer> getLastCreditNoteNumbers() {
        return Collections.unmodifiableSortedMap(lastCreditNoteNumbers);
    }

    public SortedSet<String> getClosedMonths() {
        return Collections.unmodifiableSortedSet(closedMonths);
    }

    public SortedMap<String, IssuedInvoice> getInvoices() {
        return Collections.unmodifiableSortedMap(invoices);
    }

    public SortedMap<String, CreditNote> getCreditNotes() {
        return Collections.unmodifiableSortedMap(creditNotes);
    }

    public boolean isClosed(String month) {
        return closedMonths.contains(month);
    }

    public String nextInvoiceNumber(int year) {
        return DocumentNumbers.invoice(year, lastInvoiceNumbers.getOrDefault(year, 0) + 1);
    }

    public String nextCreditNoteNumber(int year) {
        return DocumentNumbers.creditNote(year, lastCreditNoteNumbers.getOrDefault(year, 0) + 1);
    }

    public Optional<IssuedInvoice> invoice(String invoiceId) {
        return Optional.ofNullable(invoices.get(invoiceId));
    }

    public Optional<CreditNote> creditNote(String creditNoteId) {
        return Optional.ofNullable(creditNotes.get(creditNoteId));
    }

    /** The family's credit notes with something left to deduct, oldest number first, by id. */
    public Map<String, Integer> pendingCredits(String familyId) {
        Map<String, Integer> pending = new LinkedHashMap<>();
        creditNotes.entrySet().stream()
                .filter(entry -> entry.getValue().familyId().equals(familyId) && entry.getValue().remaining() > 0)
                .sorted(Comparator.comparing(entry -> entry.getValue().number()))
                .forEach(entry -> pending.put(entry.getKey(), entry.getValue().remaining()));
        return pending;
    }

    /** Takes {@code event} into account. */
    public void record(BillingEvent event) {
        if (event instanceof InvoiceIssued e) {
            count(lastInvoiceNumbers, e.number());
            invoices.put(e.invoiceId(), new IssuedInvoice(e.familyId(), e.number(), e.total(), 0));
        } else if (event instanceof MonthClosed e) {
            closedMonths.add(e.month());
        } else if (event instanceof CreditNoteIssued e) {
            count(lastCreditNoteNumbers, e.number());
            IssuedInvoice corrected = invoices.get(e.invoiceId());
            invoices.put(e.invoiceId(), new IssuedInvoice(corrected.familyId(), corrected.number(),
                    corrected.total(), corrected.credited() + e.amount()));
            creditNotes.put(e.creditNoteId(), new CreditNote(e.familyId(), e.invoiceId(), e.number(), e.amount(),
                    e.reason(), e.amount()));
        } else {
            CreditNoteApplied e = (CreditNoteApplied) event;
            CreditNote note = creditNotes.get(e.creditNoteId());
            creditNotes.put(e.creditNoteId(), new CreditNote(note.familyId(), note.invoiceId(), note.number(),
                    note.amount(), note.reason(), note.remaining() - e.amount()));
        }
    }

    private static void count(Map<Integer, Integer> lastNumbers, String number) {
        lastNumbers.merge(DocumentNumbers.yearOf(number), DocumentNumbers.sequenceOf(number), Math::max);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BillingLedger ledger && lastInvoiceNumbers.equals(ledger.lastInvoiceNumbers)
                && lastCreditNoteNumbers.equals(ledger.lastCreditNoteNumbers)
                && closedMonths.equals(ledger.closedMonths) && invoices.equals(ledger.invoices)
                && creditNotes.equals(ledger.creditNotes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lastInvoiceNumbers, lastCreditNoteNumbers, closedMonths, invoices, creditNotes);
    }
}
