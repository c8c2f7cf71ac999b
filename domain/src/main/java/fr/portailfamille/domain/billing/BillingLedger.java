package fr.portailfamille.domain.billing;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import fr.portailfamille.api.billing.BillingEvent;
import fr.portailfamille.api.billing.CreditNoteApplied;
import fr.portailfamille.api.billing.CreditNoteIssued;
import fr.portailfamille.api.billing.InvoiceIssued;
import fr.portailfamille.api.billing.MonthClosed;

/**
 * What the billing aggregate must remember, as an immutable value folded from {@link BillingEvent}s: the last
 * number handed out per year, the closed months, each issued invoice (to bound the credit notes against it) and
 * each credit note with what later invoices have not deducted yet. Also what a snapshot carries.
 */
public record BillingLedger(Map<Integer, Integer> lastInvoiceNumbers, Map<Integer, Integer> lastCreditNoteNumbers,
                            Set<String> closedMonths, Map<String, IssuedInvoice> invoices,
                            Map<String, CreditNote> creditNotes) {

    public static final BillingLedger EMPTY = new BillingLedger(Map.of(), Map.of(), Set.of(), Map.of(), Map.of());

    public BillingLedger {
        lastInvoiceNumbers = Collections.unmodifiableMap(new TreeMap<>(orEmpty(lastInvoiceNumbers)));
        lastCreditNoteNumbers = Collections.unmodifiableMap(new TreeMap<>(orEmpty(lastCreditNoteNumbers)));
        closedMonths = Collections.unmodifiableSet(new TreeSet<>(closedMonths == null ? Set.of() : closedMonths));
        invoices = Collections.unmodifiableMap(new TreeMap<>(orEmpty(invoices)));
        creditNotes = Collections.unmodifiableMap(new TreeMap<>(orEmpty(creditNotes)));
    }

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

    /** This ledger once {@code event} has happened. */
    public BillingLedger with(BillingEvent event) {
        if (event instanceof InvoiceIssued e) {
            return new BillingLedger(counted(lastInvoiceNumbers, e.number()), lastCreditNoteNumbers, closedMonths,
                    put(invoices, e.invoiceId(), new IssuedInvoice(e.familyId(), e.number(), e.total(), 0)),
                    creditNotes);
        }
        if (event instanceof MonthClosed e) {
            Set<String> months = new TreeSet<>(closedMonths);
            months.add(e.month());
            return new BillingLedger(lastInvoiceNumbers, lastCreditNoteNumbers, months, invoices, creditNotes);
        }
        if (event instanceof CreditNoteIssued e) {
            IssuedInvoice corrected = invoices.get(e.invoiceId());
            return new BillingLedger(lastInvoiceNumbers, counted(lastCreditNoteNumbers, e.number()), closedMonths,
                    put(invoices, e.invoiceId(), new IssuedInvoice(corrected.familyId(), corrected.number(),
                            corrected.total(), corrected.credited() + e.amount())),
                    put(creditNotes, e.creditNoteId(), new CreditNote(e.familyId(), e.invoiceId(), e.number(),
                            e.amount(), e.reason(), e.amount())));
        }
        CreditNoteApplied e = (CreditNoteApplied) event;
        CreditNote note = creditNotes.get(e.creditNoteId());
        return new BillingLedger(lastInvoiceNumbers, lastCreditNoteNumbers, closedMonths, invoices,
                put(creditNotes, e.creditNoteId(), new CreditNote(note.familyId(), note.invoiceId(), note.number(),
                        note.amount(), note.reason(), note.remaining() - e.amount())));
    }

    private static Map<Integer, Integer> counted(Map<Integer, Integer> lastNumbers, String number) {
        Map<Integer, Integer> copy = new HashMap<>(lastNumbers);
        copy.merge(DocumentNumbers.yearOf(number), DocumentNumbers.sequenceOf(number), Math::max);
        return copy;
    }

    private static <V> Map<String, V> put(Map<String, V> values, String key, V value) {
        Map<String, V> copy = new HashMap<>(values);
        copy.put(key, value);
        return copy;
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> values) {
        return values == null ? Map.of() : values;
    }
}
