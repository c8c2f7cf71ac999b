package fr.portailfamille.api.reservation;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff decide pending requests and cancellation requests of one activity's day. Answers {@link DecisionResults}. */
public record DecideReservations(@TargetAggregateIdentifier String slotId, String activityId, LocalDate date,
                                 List<StaffDecision> decisions) {
}
