package fr.portailfamille.api.reservation;

/**
 * What the day sheet shows staff about a child's care: allergies, PAI, diet (with the medical consent only) and the
 * persons allowed to collect the child, from the family dossier. Answers an optional {@link ChildCareNotes}, empty
 * for an unknown child.
 */
public record FindChildCareNotes(String childId) {
}
