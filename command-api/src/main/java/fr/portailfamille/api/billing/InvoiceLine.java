package fr.portailfamille.api.billing;

import java.time.LocalDate;

import fr.portailfamille.api.catalogue.QuotientBracket;

/** One billed cell: a child, an activity's unit, a day, its price in cents and why. */
public record InvoiceLine(String childId, String activityId, String unitId, LocalDate date, int amount,
                          LineReason reason, QuotientBracket bracket) {
}
