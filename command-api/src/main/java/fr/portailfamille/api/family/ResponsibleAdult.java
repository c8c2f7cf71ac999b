package fr.portailfamille.api.family;

/** A responsible adult of the family (Parent 1, Parent 2) as the dossier shows them. */
public record ResponsibleAdult(String civility, String firstName, String lastName, String email, String mobile) {
}
