package fr.portailfamille.api.account;

/** The account a (hashed) activation token opens, if it is still pending; an optional {@link PendingActivation}. */
public record FindPendingActivation(String activationTokenHash) {
}
