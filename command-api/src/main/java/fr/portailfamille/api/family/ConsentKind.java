package fr.portailfamille.api.family;

/** The two GDPR consents a parent answers at first login. */
public enum ConsentKind {
    PERSONAL_DATA, MEDICAL_DATA
}
