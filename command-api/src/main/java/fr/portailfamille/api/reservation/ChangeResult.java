package fr.portailfamille.api.reservation;

/** What became of one change; {@code code} names the rule when the outcome is REFUSED, else null. */
public record ChangeResult(String unitId, ReservationOutcome outcome, String code) {
}
