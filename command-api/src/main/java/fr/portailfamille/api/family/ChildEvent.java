package fr.portailfamille.api.family;

/** What happened to one child's part of the family dossier. */
public sealed interface ChildEvent extends FamilyEvent permits ChildAdded, ChildUpdated, AuthorisationsSet,
        AuthorisedPersonAdded, AuthorisedPersonRemoved, MedicalDossierRecorded {
    String childId();
}
