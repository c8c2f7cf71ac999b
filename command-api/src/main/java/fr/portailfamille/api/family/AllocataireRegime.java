package fr.portailfamille.api.family;

/** The family benefits scheme the allocataire belongs to. */
public enum AllocataireRegime {
    CAF, MSA, OTHER
}
