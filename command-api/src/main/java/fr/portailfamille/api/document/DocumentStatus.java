package fr.portailfamille.api.document;

/**
 * Where a required document stands: not sent yet, sent and awaiting staff, received, or refused (to send again). A
 * sent file is never MISSING.
 */
public enum DocumentStatus {
    MISSING, SENT, RECEIVED, REFUSED
}
