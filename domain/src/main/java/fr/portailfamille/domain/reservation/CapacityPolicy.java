package fr.portailfamille.domain.reservation;

/** A unit with a capacity holds at most that many places (requested, validated, attended); null means no limit. */
public final class CapacityPolicy {
    private CapacityPolicy() {
    }

    public static boolean hasFreePlace(Integer capacity, UnitBook unit) {
        return capacity == null || unit.placesTaken() < capacity;
    }
}
