package fr.portailfamille.api.account;

/** What happened to a login account. */
public sealed interface AccountEvent permits AccountRegistered, ParentAccountOpened, ActivationTokenIssued,
        AccountActivated, LoginSucceeded, LoginFailed, AccountLocked, AccountClosed {
    String accountId();
}
