package fr.portailfamille.api;

/** The three kinds of people who use the portal. */
public enum Role {
    PARENT, STAFF, AUDITOR
}
