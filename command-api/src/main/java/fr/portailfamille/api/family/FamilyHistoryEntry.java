package fr.portailfamille.api.family;

import java.time.Instant;

/** One change of a family dossier: when, who, what ({@code type} is the event's name), in French words. */
public record FamilyHistoryEntry(Instant at, String actorId, String actorRole, String type, String childId,
                                 String detail) {
}
