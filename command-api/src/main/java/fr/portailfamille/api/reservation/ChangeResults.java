package fr.portailfamille.api.reservation;

import java.util.List;

/** The answer to {@link ChangeReservations}: one result per change, in the order of the changes. */
public record ChangeResults(List<ChangeResult> results) {
    public ChangeResults {
        results = List.copyOf(results);
    }
}
