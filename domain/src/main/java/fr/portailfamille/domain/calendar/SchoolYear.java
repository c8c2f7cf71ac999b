package fr.portailfamille.domain.calendar;

import java.time.LocalDate;

/** A school year: classes run from {@code classesFrom} to {@code classesTo}, both included. */
public record SchoolYear(String label, LocalDate classesFrom, LocalDate classesTo) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(classesFrom) && !date.isAfter(classesTo);
    }

    boolean overlaps(LocalDate from, LocalDate to) {
        return !classesFrom.isAfter(to) && !classesTo.isBefore(from);
    }
}
