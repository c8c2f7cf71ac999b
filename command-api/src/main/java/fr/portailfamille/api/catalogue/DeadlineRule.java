package fr.portailfamille.api.catalogue;

import java.time.LocalTime;

/**
 * Parents may change day D until {@code cutOff} (Europe/Paris) of the {@code workingDaysBefore}-th working day
 * before D.
 */
public record DeadlineRule(LocalTime cutOff, int workingDaysBefore) {
    public static final DeadlineRule DEFAULT = new DeadlineRule(LocalTime.of(9, 30), 1);

    public DeadlineRule {
        if (cutOff == null) {
            throw new IllegalArgumentException("cutOff is required");
        }
        if (workingDaysBefore < 0 || workingDaysBefore > 30) {
            throw new IllegalArgumentException("workingDaysBefore must be between 0 and 30");
        }
    }
}
