package fr.portailfamille.api.reservation;

/** One decision of staff about one child's cell; {@code reason} is optional and told to the family on a rejection. */
public record StaffDecision(String childId, String unitId, Decision decision, String reason) {
}
