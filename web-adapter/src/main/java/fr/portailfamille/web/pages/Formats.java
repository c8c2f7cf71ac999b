package fr.portailfamille.web.pages;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import fr.portailfamille.api.AuditMetadata;
import fr.portailfamille.api.account.AccountId;
import fr.portailfamille.api.catalogue.ActivitySummary;
import fr.portailfamille.api.catalogue.DayKind;
import fr.portailfamille.api.catalogue.ValidationMode;

/** French formatting for the pages: {@code ${@formats.euros(cents)}}. */
@Component("formats")
public class Formats {
    public static final Locale FRENCH = Locale.FRANCE;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", FRENCH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", FRENCH);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public String euros(int cents) {
        return String.format(FRENCH, "%d,%02d €", cents / 100, Math.abs(cents % 100));
    }

    /** An instant as Paris wall-clock time. */
    public String instant(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(PARIS));
    }

    public String role(String role) {
        if (role == null) {
            return "";
        }
        return switch (role) {
            case "PARENT" -> "famille";
            case "STAFF" -> "service enfance";
            case "AUDITOR" -> "contrôle";
            default -> role;
        };
    }

    /** Who caused an event: an account by its email, the portal itself as « système ». */
    public String actor(String actorId) {
        if (actorId == null || AuditMetadata.SYSTEM_USER.equals(actorId)) {
            return "système";
        }
        return actorId.startsWith(AccountId.PREFIX) ? new AccountId(actorId).email() : actorId;
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String weekdays(Collection<DayOfWeek> days) {
        return days.stream().sorted()
                .map(day -> day.getDisplayName(TextStyle.FULL, FRENCH))
                .collect(Collectors.joining(", "));
    }

    public String dayKind(DayKind kind) {
        return switch (kind) {
            case SCHOOL_PERIOD -> "en période scolaire";
            case HOLIDAYS -> "pendant les vacances scolaires";
        };
    }

    /** The labels of these units of the activity, joined with {@code separator}; unknown ids stay as they are. */
    public String unitLabels(ActivitySummary activity, Collection<String> unitIds, String separator) {
        return unitIds.stream()
                .map(id -> activity.units().stream().filter(unit -> unit.id().equals(id))
                        .map(ActivitySummary.Unit::label).findFirst().orElse(id))
                .collect(Collectors.joining(separator));
    }

    public String validationMode(ValidationMode mode) {
        return switch (mode) {
            case MANUAL -> "Validation par le service enfance";
            case AUTOMATIC -> "Validation automatique si une place est libre";
        };
    }
}
