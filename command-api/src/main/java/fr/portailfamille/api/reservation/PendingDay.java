package fr.portailfamille.api.reservation;

import java.time.LocalDate;

public record PendingDay(LocalDate date, int requests, int cancellations) {
}
