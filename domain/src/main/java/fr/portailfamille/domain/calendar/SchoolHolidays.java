package fr.portailfamille.domain.calendar;

import java.time.LocalDate;

/** School holidays from {@code from} to {@code to}, both included (weekends included). */
public record SchoolHolidays(String label, LocalDate from, LocalDate to) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
        return !from.isAfter(otherTo) && !to.isBefore(otherFrom);
    }
}
