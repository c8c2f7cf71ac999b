package fr.portailfamille.api.family;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AddressChanged(String familyId, String street, String postalCode, String city) implements FamilyEvent {
}
