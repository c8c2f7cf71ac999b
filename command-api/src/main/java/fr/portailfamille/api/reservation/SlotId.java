package fr.portailfamille.api.reservation;

import java.time.LocalDate;

/** One activity on one day: the consistency boundary of capacity, waitlist and the unit rules of that day. */
public record SlotId(String value) {
    private static final String PREFIX = "slot:";

    public SlotId {
        if (value == null || !value.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a slot id starts with " + PREFIX);
        }
    }

    public static SlotId of(String activityId, LocalDate date) {
        if (activityId == null || activityId.isBlank() || activityId.contains(":") || date == null) {
            throw new IllegalArgumentException("Un créneau se définit par une activité et une date.");
        }
        return new SlotId(PREFIX + activityId + ":" + date);
    }

    @Override
    public String toString() {
        return value;
    }
}
