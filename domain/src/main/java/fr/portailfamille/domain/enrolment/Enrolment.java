package fr.portailfamille.domain.enrolment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import fr.portailfamille.api.AuditMetadata;
import fr.portailfamille.api.RuleViolation;
import fr.portailfamille.api.enrolment.EndEnrolment;
import fr.portailfamille.api.enrolment.EnrolmentEnded;
import fr.portailfamille.api.enrolment.EnrolmentRejected;
import fr.portailfamille.api.enrolment.EnrolmentRequested;
import fr.portailfamille.api.enrolment.EnrolmentStatus;
import fr.portailfamille.api.enrolment.EnrolmentValidated;
import fr.portailfamille.api.enrolment.RejectEnrolment;
import fr.portailfamille.api.enrolment.RequestEnrolment;
import fr.portailfamille.api.enrolment.ValidateEnrolment;
import fr.portailfamille.domain.Reasons;
import fr.portailfamille.domain.catalogue.CatalogueLookup;
import fr.portailfamille.domain.catalogue.PeriodView;

/**
 * A child's enrolment (inscription) in one period. Its id is derived from child and period, so a second request
 * for the same pair lands here and is refused. PENDING becomes VALIDATED or REJECTED (with a reason) by staff; a
 * rejected request may be made again; a validated enrolment may be ended from a day of its period on.
 */
public class Enrolment {
    @AggregateIdentifier
    private String enrolmentId;
    private String childId;
    private String activityId;
    private String periodId;
    private EnrolmentStatus status;
    private LocalDate endsFrom;

    protected Enrolment() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RequestEnrolment command, CatalogueLookup catalogue, Clock clock,
                       @MetaDataValue(AuditMetadata.ROLE) String role) {
        EnrolmentRules.requireWellFormed(command);
        if (!EnrolmentRules.allowsNewRequest(status)) {
            throw new RuleViolation("ENROLMENT_EXISTS",
                    "Cet enfant est déjà inscrit ou en attente pour cette période.");
        }
        PeriodView period = knownPeriod(catalogue, command.periodId());
        if (!EnrolmentRules.mayRequestOn(period, LocalDate.now(clock), role)) {
            throw new RuleViolation("ENROLMENT_WINDOW_CLOSED",
                    "Les inscriptions pour cette période ne sont pas ouvertes à cette date.");
        }
        apply(new EnrolmentRequested(command.enrolmentId(), command.childId(), command.familyId(),
                period.activityId(), period.periodId(), clock.instant()));
    }

    @CommandHandler
    public void handle(ValidateEnrolment command) {
        if (status == EnrolmentStatus.VALIDATED) {
            return;
        }
        requireStatus(EnrolmentStatus.PENDING);
        apply(new EnrolmentValidated(enrolmentId, childId, activityId, periodId));
    }

    @CommandHandler
    public void handle(RejectEnrolment command) {
        String reason = Reasons.required(command.reason(), "Un refus d'inscription");
        if (status == EnrolmentStatus.REJECTED) {
            return;
        }
        requireStatus(EnrolmentStatus.PENDING);
        apply(new EnrolmentRejected(enrolmentId, childId, activityId, periodId, reason));
    }

    @CommandHandler
    public void handle(EndEnrolment command, CatalogueLookup catalogue) {
        if (command.from() == null) {
            throw new IllegalArgumentException("Une fin d'inscription a une date.");
        }
        if (status == EnrolmentStatus.ENDED && command.from().equals(endsFrom)) {
            return;
        }
        requireStatus(EnrolmentStatus.VALIDATED);
        if (!EnrolmentRules.mayEndOn(knownPeriod(catalogue, periodId), command.from())) {
            throw new RuleViolation("END_OUTSIDE_PERIOD",
                    "La date de désinscription doit être un jour de la période d'inscription.");
        }
        apply(new EnrolmentEnded(enrolmentId, childId, activityId, periodId, command.from()));
    }

    private static PeriodView knownPeriod(CatalogueLookup catalogue, String periodId) {
        return catalogue.catalogue().period(periodId)
                .orElseThrow(() -> new RuleViolation("UNKNOWN_PERIOD", "Période inconnue."));
    }

    private void requireStatus(EnrolmentStatus expected) {
        if (status != expected) {
            throw new RuleViolation("ENROLMENT_NOT_" + expected.name(), switch (expected) {
                case PENDING -> "Cette inscription n'est plus en attente de validation.";
                case VALIDATED -> "Cette inscription n'est pas validée.";
                default -> "Cette inscription n'est pas dans l'état attendu.";
            });
        }
    }

    @EventSourcingHandler
    void on(EnrolmentRequested event) {
        this.enrolmentId = event.enrolmentId();
        this.childId = event.childId();
        this.activityId = event.activityId();
        this.periodId = event.periodId();
        this.status = EnrolmentStatus.PENDING;
        this.endsFrom = null;
    }

    @EventSourcingHandler
    void on(EnrolmentValidated event) {
        this.status = EnrolmentStatus.VALIDATED;
    }

    @EventSourcingHandler
    void on(EnrolmentRejected event) {
        this.status = EnrolmentStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(EnrolmentEnded event) {
        this.status = EnrolmentStatus.ENDED;
        this.endsFrom = event.from();
    }
}
