package fr.portailfamille.api.calendar;

/** Identifier of the commune's one school calendar aggregate. */
public final class CalendarMessages {
    public static final String CALENDAR_ID = "calendar";

    private CalendarMessages() {
    }
}
