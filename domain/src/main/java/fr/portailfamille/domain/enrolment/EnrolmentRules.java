package fr.portailfamille.domain.enrolment;

import java.time.LocalDate;

import fr.portailfamille.api.Role;
import fr.portailfamille.api.enrolment.EnrolmentId;
import fr.portailfamille.api.enrolment.EnrolmentStatus;
import fr.portailfamille.api.enrolment.RequestEnrolment;
import fr.portailfamille.api.family.FamilyId;
import fr.portailfamille.domain.catalogue.PeriodView;

/** The rules of an enrolment, each small and named, so that the aggregate only decides and records. */
final class EnrolmentRules {
    private EnrolmentRules() {
    }

    /** The id is derived from child and period, and the family is a real family id. */
    static void requireWellFormed(RequestEnrolment command) {
        if (!EnrolmentId.of(command.childId(), command.periodId()).value().equals(command.enrolmentId())) {
            throw new IllegalArgumentException("the enrolment id must be derived from child and period");
        }
        if (!FamilyId.isValid(command.familyId())) {
            throw new IllegalArgumentException("an enrolment needs the child's family");
        }
    }

    /** One enrolment per child and period: only a rejected request may be made again. */
    static boolean allowsNewRequest(EnrolmentStatus status) {
        return status == null || status == EnrolmentStatus.REJECTED;
    }

    /** Parents request inside the period's enrolment window; staff enrol at any time. */
    static boolean mayRequestOn(PeriodView period, LocalDate today, String role) {
        return Role.STAFF.name().equals(role) || period.acceptsEnrolmentOn(today);
    }

    /** A désinscription takes effect on one of the period's days. */
    static boolean mayEndOn(PeriodView period, LocalDate from) {
        return period.contains(from);
    }
}
