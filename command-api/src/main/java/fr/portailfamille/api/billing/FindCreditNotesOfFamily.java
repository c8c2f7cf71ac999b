package fr.portailfamille.api.billing;

/** A family's credit notes, newest first; answers a list of {@link CreditNoteView}. */
public record FindCreditNotesOfFamily(String familyId) {
}
