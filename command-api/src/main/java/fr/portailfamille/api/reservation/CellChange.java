package fr.portailfamille.api.reservation;

/** One clicked cell of a child's day: reserve or cancel this unit. */
public record CellChange(String unitId, ReservationAction action) {
}
