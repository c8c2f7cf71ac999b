package fr.portailfamille.api.reservation;

import java.time.Instant;
import java.time.LocalDate;

/** A cell's state from the slot's events; {@code billedAt}: when an invoice billed it, null when not billed. */
public record ReservedCell(LocalDate date, String unitId, CellState state, Instant billedAt) {
}
