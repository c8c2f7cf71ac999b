package fr.portailfamille.domain.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import fr.portailfamille.api.catalogue.DeadlineRule;

/**
 * When parents must stop changing a day: at {@code cutOff} (Europe/Paris) of the {@code workingDaysBefore}-th working
 * day strictly before the day (for a Monday with the default rule, the Friday before at 09:30; for a Tuesday, Monday
 * 09:30, or the Friday before if that Monday is a public holiday). With {@code workingDaysBefore = 0}, the day itself
 * at {@code cutOff}.
 */
public final class DeadlinePolicy {
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final CalendarView calendar;

    public DeadlinePolicy(CalendarView calendar) {
        if (calendar == null) {
            throw new IllegalArgumentException("calendar is required");
        }
        this.calendar = calendar;
    }

    /** The local date (Paris) on which the deadline for {@code day} falls. */
    public LocalDate deadlineDay(DeadlineRule rule, LocalDate day) {
        LocalDate candidate = day;
        int remaining = rule.workingDaysBefore();
        while (remaining > 0) {
            candidate = candidate.minusDays(1);
            if (calendar.isWorkingDay(candidate)) {
                remaining--;
            }
        }
        return candidate;
    }

    /** The instant after which parents can no longer change {@code day}. */
    public Instant deadline(DeadlineRule rule, LocalDate day) {
        return deadlineDay(rule, day).atTime(rule.cutOff()).atZone(PARIS).toInstant();
    }

    /** Parents may still change {@code day} at {@code now}: {@code now} is strictly before the deadline. */
    public boolean isOpenForParents(DeadlineRule rule, LocalDate day, Instant now) {
        return now.isBefore(deadline(rule, day));
    }
}
