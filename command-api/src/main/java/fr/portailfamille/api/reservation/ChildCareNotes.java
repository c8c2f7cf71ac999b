package fr.portailfamille.api.reservation;

import java.util.List;

import fr.portailfamille.api.family.MedicalStatus;

/**
 * What the day sheet tells staff about a child's care. {@code allergies}, {@code pai} and {@code diet} are filled
 * only when {@code medical} is READABLE (the family gave the medical consent and its key exists); ERASED says the
 * family withdrew it.
 */
public record ChildCareNotes(String childId, MedicalStatus medical, String allergies, String pai, String diet,
                             List<CollectingPerson> authorisedPersons) {

    /** A person the family allows to collect the child. */
    public record CollectingPerson(String name, String relation, String phone) {
    }

    public boolean hasMedicalNotes() {
        return medical == MedicalStatus.ERASED || isFilled(allergies) || isFilled(pai) || isFilled(diet);
    }

    private static boolean isFilled(String text) {
        return text != null && !text.isBlank();
    }
}
