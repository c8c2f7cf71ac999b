package fr.portailfamille.api.reservation;

import java.util.List;

/** The answer to {@link DecideReservations}: one result per decision, in order. */
public record DecisionResults(List<DecisionResult> results) {
    public DecisionResults {
        results = List.copyOf(results);
    }
}
