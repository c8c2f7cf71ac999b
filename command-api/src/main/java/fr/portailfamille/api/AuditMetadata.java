package fr.portailfamille.api;

/** Metadata keys that every command and event carries, so history can say who did what and why. */
public final class AuditMetadata {
    public static final String USER_ID = "userId";
    public static final String ROLE = "role";
    public static final String CORRELATION_ID = "correlationId";
    /**
     * When the command that caused the event was sent, to the microsecond (ISO-8601): the store keeps only the
     * milliseconds of an event's time, and this orders the events of different aggregates that share one.
     */
    public static final String DISPATCHED_AT = "dispatchedAt";
    /** The system itself (demo data, scheduled work) when no person is behind a command. */
    public static final String SYSTEM_USER = "system";

    private AuditMetadata() {
    }
}
