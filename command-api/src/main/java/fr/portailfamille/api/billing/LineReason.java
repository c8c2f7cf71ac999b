package fr.portailfamille.api.billing;

/** Why a day is billed: a validated reservation, or a presence without one (with the surcharge). */
public enum LineReason {
    RESERVED, UNBOOKED_PRESENCE
}
