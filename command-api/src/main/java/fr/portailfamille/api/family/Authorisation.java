package fr.portailfamille.api.family;

/** The seven per-child authorisations of the dossier, each answered oui or non. */
public enum Authorisation {
    OUTINGS, IMAGE_PUBLICATION, CAF_CONSULTATION, EMERGENCY_MEDICAL_CARE, GO_HOME_ALONE, SCHOOL_TRANSPORT, MULTISPORT
}
