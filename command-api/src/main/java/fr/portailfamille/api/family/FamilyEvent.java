package fr.portailfamille.api.family;

/** What happened to a family dossier. */
public sealed interface FamilyEvent permits FamilyCreated, QuotientFamilialSet, ConsentGiven, ConsentWithdrawn,
        ResponsibleAdultUpdated, AddressChanged, AllocataireChanged, LoginEmailChanged, DossierReviewed, ChildEvent {
    String familyId();
}
