package fr.portailfamille.api.reservation;

/**
 * What the day sheet shows staff about a child's care: allergies, PAI and the persons allowed to collect the child.
 * Answered by the family dossier once it holds these data (with the medical consent); until then nobody answers and
 * the day sheet shows names only. Answers an optional {@link ChildCareNotes}.
 */
public record FindChildCareNotes(String childId) {
}
