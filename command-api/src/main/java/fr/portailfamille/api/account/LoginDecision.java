package fr.portailfamille.api.account;

/** The outcome of a login attempt. */
public enum LoginDecision {
    ALLOWED, BAD_PASSWORD, LOCKED
}
