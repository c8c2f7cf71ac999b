package fr.portailfamille.api.enrolment;

import fr.portailfamille.api.family.ChildId;

/**
 * One enrolment per child and period: the id is derived from both, so a second request for the same child and
 * period targets the same aggregate and is refused by construction.
 */
public record EnrolmentId(String value) {
    private static final String PREFIX = "enrolment:";

    public EnrolmentId {
        if (value == null || !value.startsWith(PREFIX)) {
            throw new IllegalArgumentException("an enrolment id starts with " + PREFIX);
        }
    }

    public static EnrolmentId of(String childId, String periodId) {
        new ChildId(childId);
        if (periodId == null || periodId.isBlank() || periodId.contains(":")) {
            throw new IllegalArgumentException("Période invalide.");
        }
        return new EnrolmentId(PREFIX + childId + ":" + periodId);
    }

    @Override
    public String toString() {
        return value;
    }
}
