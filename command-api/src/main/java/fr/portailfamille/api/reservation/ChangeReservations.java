package fr.portailfamille.api.reservation;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A parent's (or staff's) changes to one child's day of one activity, decided together so that a supplement and the
 * unit it requires may be reserved in one go. Answers {@link ChangeResults}, one result per change, in order.
 */
public record ChangeReservations(@TargetAggregateIdentifier String slotId, String activityId, LocalDate date,
                                 String childId, List<CellChange> changes) {
}
