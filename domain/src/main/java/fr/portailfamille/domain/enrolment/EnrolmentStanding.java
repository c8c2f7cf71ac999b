package fr.portailfamille.domain.enrolment;

import java.time.LocalDate;

import fr.portailfamille.api.enrolment.EnrolmentEnded;
import fr.portailfamille.api.enrolment.EnrolmentRejected;
import fr.portailfamille.api.enrolment.EnrolmentRequested;
import fr.portailfamille.api.enrolment.EnrolmentStatus;
import fr.portailfamille.api.enrolment.EnrolmentValidated;

/**
 * Where a child's enrolment in one period stands, folded from its events: {@code status} null when never requested,
 * {@code endsFrom} the first day no longer covered once ended.
 */
public record EnrolmentStanding(EnrolmentStatus status, LocalDate endsFrom) {
    public static final EnrolmentStanding NONE = new EnrolmentStanding(null, null);

    /** A validated enrolment covers every day of its period; an ended one the days before its end. */
    public boolean covers(LocalDate date) {
        return status == EnrolmentStatus.VALIDATED
                || status == EnrolmentStatus.ENDED && date.isBefore(endsFrom);
    }

    /** This standing once {@code payload} (an enrolment event) has happened; other payloads change nothing. */
    public EnrolmentStanding after(Object payload) {
        if (payload instanceof EnrolmentRequested) {
            return new EnrolmentStanding(EnrolmentStatus.PENDING, null);
        }
        if (payload instanceof EnrolmentValidated) {
            return new EnrolmentStanding(EnrolmentStatus.VALIDATED, null);
        }
        if (payload instanceof EnrolmentRejected) {
            return new EnrolmentStanding(EnrolmentStatus.REJECTED, null);
        }
        if (payload instanceof EnrolmentEnded ended) {
            return new EnrolmentStanding(EnrolmentStatus.ENDED, ended.from());
        }
        return this;
    }
}
