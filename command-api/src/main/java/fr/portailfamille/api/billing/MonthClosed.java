package fr.portailfamille.api.billing;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * Staff closed a month ({@code YYYY-MM}): its invoices were issued just before, {@code invoices} of them for
 * {@code total} cents. A closed month is never closed again.
 */
@Revision("1")
public record MonthClosed(String month, int invoices, int total, Instant closedAt) implements BillingEvent {
}
