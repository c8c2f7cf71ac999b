package fr.portailfamille.domain.catalogue;

import java.time.LocalDate;

/** An enrolment period of one activity: days {@code from..to}, requests accepted {@code enrolmentFrom..enrolmentTo}. */
public record PeriodView(String periodId, String activityId, String label, LocalDate from, LocalDate to,
                         LocalDate enrolmentFrom, LocalDate enrolmentTo) {

    /** {@code date} is one of the period's days. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** Parents may request enrolment on {@code date}. */
    public boolean acceptsEnrolmentOn(LocalDate date) {
        return !date.isBefore(enrolmentFrom) && !date.isAfter(enrolmentTo);
    }

    boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
        return !from.isAfter(otherTo) && !to.isBefore(otherFrom);
    }
}
