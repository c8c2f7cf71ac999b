package fr.portailfamille.api.family;

/** Which responsible adult of the foyer: « Le Parent 1 - Responsable du foyer » or Parent 2. */
public enum ParentRank {
    PARENT_1, PARENT_2
}
