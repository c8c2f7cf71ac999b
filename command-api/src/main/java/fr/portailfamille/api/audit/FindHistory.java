package fr.portailfamille.api.audit;

/** The history of one child, family or slot, oldest first; answers a list of {@link HistoryEntry}. */
public record FindHistory(HistorySubject subject, String id) {
}
