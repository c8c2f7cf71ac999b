package fr.portailfamille.api;

/** Metadata keys that every command and event carries, so history can say who did what and why. */
public final class AuditMetadata {
    public static final String USER_ID = "userId";
    public static final String ROLE = "role";
    public static final String CORRELATION_ID = "correlationId";
    /** The system itself (demo data, scheduled work) when no person is behind a command. */
    public static final String SYSTEM_USER = "system";

    private AuditMetadata() {
    }
}
