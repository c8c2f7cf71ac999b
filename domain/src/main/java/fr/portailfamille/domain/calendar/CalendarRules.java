package fr.portailfamille.domain.calendar;

import java.time.LocalDate;

import fr.portailfamille.api.calendar.CalendarMessages;

/** What makes a calendar command well formed; a malformed command is an {@link IllegalArgumentException}. */
final class CalendarRules {
    private CalendarRules() {
    }

    static void calendarId(String calendarId) {
        text(calendarId, "calendarId");
        if (!CalendarMessages.CALENDAR_ID.equals(calendarId)) {
            throw new IllegalArgumentException(
                    "the commune has one calendar, '" + CalendarMessages.CALENDAR_ID + "', not '" + calendarId + "'");
        }
    }

    static void text(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    static void date(LocalDate value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    /** Both dates present and {@code from <= to}. */
    static void range(LocalDate from, LocalDate to, String what) {
        date(from, what + " start");
        date(to, what + " end");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException(what + " ends (" + to + ") before it starts (" + from + ")");
        }
    }
}
