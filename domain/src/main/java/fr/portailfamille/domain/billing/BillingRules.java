package fr.portailfamille.domain.billing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import fr.portailfamille.api.RuleViolation;
import fr.portailfamille.api.Role;
import fr.portailfamille.api.billing.BillingMessages;
import fr.portailfamille.api.billing.BillingMonth;
import fr.portailfamille.api.billing.InvoiceDraft;
import fr.portailfamille.api.billing.InvoiceLine;
import fr.portailfamille.api.billing.IssueCreditNote;
import fr.portailfamille.api.billing.LinePricing;
import fr.portailfamille.api.family.ChildId;
import fr.portailfamille.api.family.FamilyId;
import fr.portailfamille.domain.catalogue.CatalogueView;
import fr.portailfamille.domain.catalogue.UnitView;

/** The rules of billing commands; a malformed command is an {@link IllegalArgumentException}. */
final class BillingRules {
    static final int MAX_REASON_LENGTH = 500;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

    private BillingRules() {
    }

    static void billingId(String billingId) {
        if (!BillingMessages.BILLING_ID.equals(billingId)) {
            throw new IllegalArgumentException("the commune has one billing, '" + BillingMessages.BILLING_ID + "'");
        }
    }

    /** Billing is the service enfance's work; auditors and parents change nothing. */
    static void requireStaff(String role) {
        if (!Role.STAFF.name().equals(role)) {
            throw new RuleViolation("FORBIDDEN", "La facturation est réservée au service enfance.");
        }
    }

    /** A month is closed once every one of its days has passed: from the first day of the next month on. */
    static void requireEnded(BillingMonth month, LocalDate today) {
        LocalDate firstDayAfter = month.yearMonth().plusMonths(1).atDay(1);
        if (today.isBefore(firstDayAfter)) {
            throw new RuleViolation("MONTH_NOT_ENDED", "Le mois de " + MONTH.format(month.yearMonth())
                    + " n'est pas terminé : il pourra être clôturé à partir du 1er "
                    + MONTH.format(firstDayAfter) + ".");
        }
    }

    static void requireOpen(BillingMonth month, BillingLedger ledger) {
        if (ledger.isClosed(month.value())) {
            throw new RuleViolation("MONTH_CLOSED", "Le mois de " + MONTH.format(month.yearMonth())
                    + " est déjà clôturé : ses factures ne changent plus, corrigez-les par un avoir.");
        }
    }

    /** One draft per family, each with lines of this month, and no cell (child, unit, day) billed twice. */
    static void requireWellFormed(BillingMonth month, List<InvoiceDraft> drafts) {
        Set<String> families = new HashSet<>();
        Set<String> cells = new HashSet<>();
        for (InvoiceDraft draft : drafts) {
            if (draft == null || !FamilyId.isValid(draft.familyId()) || !families.add(draft.familyId())) {
                throw new IllegalArgumentException("one draft per family, with a valid family id");
            }
            if (draft.lines().isEmpty()) {
                throw new IllegalArgumentException("an invoice has at least one line");
            }
            for (InvoiceLine line : draft.lines()) {
                requireWellFormed(month, line);
                if (!cells.add(line.childId() + "|" + line.activityId() + "|" + line.unitId() + "|" + line.date())) {
                    throw new IllegalArgumentException("a cell is billed once: " + line);
                }
            }
        }
    }

    private static void requireWellFormed(BillingMonth month, InvoiceLine line) {
        if (line == null || !ChildId.isValid(line.childId()) || isBlank(line.activityId())
                || isBlank(line.unitId()) || line.reason() == null || line.bracket() == null
                || line.amount() < 0 || !month.contains(line.date())) {
            throw new IllegalArgumentException("a line names a child, a unit, a day of the month, a reason, a bracket"
                    + " and an amount: " + line);
        }
    }

    /**
     * Every amount is the current tariff of its unit for its bracket and reason: a preview computed before a tariff
     * changed is refused rather than issued with old prices.
     */
    static void requireCurrentPrices(List<InvoiceDraft> drafts, CatalogueView catalogue, LinePricing pricing) {
        for (InvoiceDraft draft : drafts) {
            for (InvoiceLine line : draft.lines()) {
                UnitView unit = catalogue.unit(line.activityId(), line.unitId()).orElseThrow(
                        () -> new IllegalArgumentException("unknown unit " + line.activityId() + "/" + line.unitId()));
                if (line.amount() != pricing.amount(unit.tariff(), line.bracket(), line.reason())) {
                    throw new RuleViolation("PREVIEW_OUTDATED", "Les tarifs ont changé depuis l'aperçu : "
                            + "affichez-le de nouveau avant de clôturer le mois.");
                }
            }
        }
    }

    static void requireWellFormed(IssueCreditNote command) {
        new FamilyId(command.familyId());
        if (command.amount() <= 0) {
            throw new IllegalArgumentException("Un avoir est un montant positif, en centimes.");
        }
        if (isBlank(command.reason()) || command.reason().trim().length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("Un avoir demande un motif d'au plus " + MAX_REASON_LENGTH
                    + " caractères.");
        }
    }

    /** The invoice exists, is the family's, and its credit notes stay within its total. */
    static BillingLedger.IssuedInvoice requireCreditable(IssueCreditNote command, BillingLedger ledger) {
        BillingLedger.IssuedInvoice invoice = ledger.invoice(command.invoiceId())
                .filter(found -> found.familyId().equals(command.familyId()))
                .orElseThrow(() -> new RuleViolation("UNKNOWN_INVOICE", "Cette famille n'a pas de telle facture."));
        if (command.amount() > invoice.creditable()) {
            throw new RuleViolation("CREDIT_EXCEEDS_INVOICE", "L'avoir dépasse ce qui reste à corriger sur la "
                    + "facture " + invoice.number() + " (" + euros(invoice.creditable()) + ").");
        }
        return invoice;
    }


    private static String euros(int cents) {
        return String.format(Locale.FRANCE, "%d,%02d €", cents / 100, cents % 100);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
