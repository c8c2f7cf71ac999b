package fr.portailfamille.api.reservation;

public record DecisionResult(String childId, String unitId, DecisionOutcome outcome, String code) {
}
