package fr.portailfamille.api.family;

public enum Sex {
    F, M
}
