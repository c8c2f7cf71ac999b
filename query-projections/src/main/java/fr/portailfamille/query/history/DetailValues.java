package fr.portailfamille.query.history;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import fr.portailfamille.api.Role;
import fr.portailfamille.api.account.LoginDecision;
import fr.portailfamille.api.catalogue.ValidationMode;
import fr.portailfamille.api.document.DocumentKind;
import fr.portailfamille.api.family.ConsentKind;
import fr.portailfamille.api.reservation.AttendanceStatus;
import fr.portailfamille.api.reservation.CancellationReason;
import fr.portailfamille.api.reservation.CellState;
import fr.portailfamille.api.reservation.ReservationCancelled;

/**
 * The value of an audit detail as people read it in French: amounts in euros, months and dates spelt out, yes or no,
 * and the codes of the events in the words of the pages. A value without such words keeps its text.
 */
final class DetailValues {
    private static final Locale FRENCH = Locale.FRANCE;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", FRENCH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", FRENCH);
    /** The fields that hold an amount in cents; other numbers (a quotient, a capacity, a rank) are no money. */
    private static final Set<String> CENTS_FIELDS = Set.of("total", "amount");
    /**
     * The pages' words for these codes (web-adapter's labels, which this module cannot reach), lower-cased to sit
     * after a detail's label.
     */
    private static final Map<Enum<?>, String> CODE_WORDS = Map.ofEntries(
            Map.entry(AttendanceStatus.PRESENT, "présence"),
            Map.entry(AttendanceStatus.ABSENT, "absence"),
            Map.entry(AttendanceStatus.ABSENT_JUSTIFIED, "absence justifiée"),
            Map.entry(CellState.REQUESTED, "demande de réservation envoyée"),
            Map.entry(CellState.VALIDATED, "réservation validée"),
            Map.entry(CancellationReason.PARENT, "demande de la famille"),
            Map.entry(CancellationReason.STAFF, "décision du service enfance"),
            Map.entry(CancellationReason.ENROLMENT_ENDED, "désinscription"),
            Map.entry(LoginDecision.BAD_PASSWORD, "mot de passe erroné"),
            Map.entry(LoginDecision.LOCKED, "compte bloqué"),
            Map.entry(Role.PARENT, "famille"),
            Map.entry(Role.STAFF, "service enfance"),
            Map.entry(Role.AUDITOR, "contrôle"),
            Map.entry(ValidationMode.MANUAL, "par le service enfance"),
            Map.entry(ValidationMode.AUTOMATIC, "automatique si une place est libre"),
            Map.entry(ConsentKind.PERSONAL_DATA, "saisie des données personnelles"),
            Map.entry(ConsentKind.MEDICAL_DATA, "saisie des données médicales"),
            Map.entry(DocumentKind.FICHE_SANITAIRE, "fiche sanitaire de liaison"),
            Map.entry(DocumentKind.ASSURANCE_RESPONSABILITE_CIVILE, "attestation d'assurance responsabilité civile"),
            Map.entry(DocumentKind.ASSURANCE_INDIVIDUELLE_ACCIDENT,
                    "attestation d'assurance individuelle accident"));

    private DetailValues() {
    }

    static String format(String type, String field, Object value) {
        if (CENTS_FIELDS.contains(field) && value instanceof Integer cents) {
            return euros(cents);
        }
        if (field.equals("month") && value instanceof String month) {
            return monthName(month);
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof Boolean yes) {
            return yes ? "oui" : "non";
        }
        if (decoded(type, field, value) instanceof Enum<?> constant) {
            return CODE_WORDS.getOrDefault(constant, constant.name());
        }
        return String.valueOf(value);
    }

    /**
     * "1 234,50 €", counted in whole cents so that no rounding creeps in. Grouped by hand: {@code String.format}
     * builds its number symbols again at each call, a cost a replay's thousands of amounts made visible.
     */
    static String euros(int cents) {
        long magnitude = Math.abs((long) cents);
        StringBuilder units = new StringBuilder(Long.toString(magnitude / 100));
        for (int at = units.length() - 3; at > 0; at -= 3) {
            units.insert(at, ' ');
        }
        long hundredths = magnitude % 100;
        return (cents < 0 ? "-" : "") + units + "," + (hundredths < 10 ? "0" : "") + hundredths + " €";
    }

    /** "2026-11" as "novembre 2026". */
    private static String monthName(String month) {
        try {
            return MONTH.format(YearMonth.parse(month));
        } catch (DateTimeParseException e) {
            return month;
        }
    }

    /** The one event that keeps a code as text: {@link ReservationCancelled} names its {@link CancellationReason}. */
    private static Object decoded(String type, String field, Object value) {
        if (type.equals(ReservationCancelled.class.getSimpleName()) && field.equals("reason")
                && value instanceof String name) {
            for (CancellationReason reason : CancellationReason.values()) {
                if (reason.name().equals(name)) {
                    return reason;
                }
            }
        }
        return value;
    }
}
