package fr.portailfamille.api.account;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AccountActivated(String accountId, String email, String passwordHash) implements AccountEvent {
}
