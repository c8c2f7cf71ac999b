package fr.portailfamille.domain.billing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a new invoice uses a family's pending credit notes: oldest first, each for as much as it has left, never
 * more than the invoice's total; what remains waits for the next invoice.
 */
final class CreditAllocation {
    private CreditAllocation() {
    }

    /** The amount to deduct per credit note id, in the order given. */
    static Map<String, Integer> allocate(Map<String, Integer> pendingCredits, int invoiceTotal) {
        Map<String, Integer> deductions = new LinkedHashMap<>();
        int due = invoiceTotal;
        for (Map.Entry<String, Integer> credit : pendingCredits.entrySet()) {
            if (due == 0) {
                break;
            }
            int deducted = Math.min(credit.getValue(), due);
            deductions.put(credit.getKey(), deducted);
            due -= deducted;
        }
        return deductions;
    }
}
