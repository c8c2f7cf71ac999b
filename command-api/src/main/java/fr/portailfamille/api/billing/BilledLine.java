package fr.portailfamille.api.billing;

/** An invoice line with the names people read: the child, the activity and the unit. */
public record BilledLine(InvoiceLine line, String childName, String activityLabel, String unitLabel) {
}
