package fr.portailfamille.api.reservation;

public enum ReservationAction {
    RESERVE, CANCEL
}
