package fr.portailfamille.api.family;

/** What happened to a family dossier. */
public sealed interface FamilyEvent permits FamilyCreated, ChildAdded, QuotientFamilialSet, ChildUpdated,
        AuthorisationsSet, AuthorisedPersonAdded, AuthorisedPersonRemoved, MedicalDossierRecorded, ConsentGiven,
        ConsentWithdrawn, ResponsibleAdultUpdated, AddressChanged, AllocataireChanged, LoginEmailChanged,
        DossierReviewed {
    String familyId();
}
