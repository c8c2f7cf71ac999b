package fr.portailfamille.api.audit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event as auditors read it: when, who (user and role), what (event type and a French description) and the
 * cell it concerns when it concerns one. {@code sequence} is the event's number in its aggregate's stream (0 for an
 * event outside any aggregate); {@code dispatchedAt} when the command that caused it was sent, to the microsecond
 * (null for an event recorded without it). They order the events that share a millisecond: the command sent first,
 * then, events of one command, in their aggregate's order.
 */
public record HistoryEntry(long sequence, Instant at, String actorId, String actorRole, String type,
                           String aggregateId, String childId, String familyId, String activityId, LocalDate date,
                           String unitId, String detail, String correlationId, Instant dispatchedAt) {
}
