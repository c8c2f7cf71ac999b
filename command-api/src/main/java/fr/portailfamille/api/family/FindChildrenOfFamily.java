package fr.portailfamille.api.family;

/** The children of one family, in the order they were added; answers a list of {@link ChildSummary}. */
public record FindChildrenOfFamily(String familyId) {
}
