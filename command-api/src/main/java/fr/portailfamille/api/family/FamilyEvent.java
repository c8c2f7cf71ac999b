package fr.portailfamille.api.family;

/** What happened to a family dossier. */
public sealed interface FamilyEvent permits FamilyCreated, ChildAdded, QuotientFamilialSet {
    String familyId();
}
