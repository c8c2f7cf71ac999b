package fr.portailfamille.api.family;

/** Whether a child's medical dossier can be shown: none recorded, readable, or erased with the family key. */
public enum MedicalStatus {
    NONE, READABLE, ERASED
}
