package fr.portailfamille.api.audit;

/** What a history is about: a child, a family or a slot (one activity's day). */
public enum HistorySubject {
    CHILD, FAMILY, SLOT
}
