package fr.portailfamille.api.account;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AccountClosed(String accountId, String email) implements AccountEvent {
}
