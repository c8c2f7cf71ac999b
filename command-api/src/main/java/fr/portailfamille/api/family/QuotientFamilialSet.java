package fr.portailfamille.api.family;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** The family's quotient familial for days from {@code validFrom} to {@code validUntil} (both included). */
@Revision("1")
public record QuotientFamilialSet(String familyId, int quotient, LocalDate validFrom, LocalDate validUntil)
        implements FamilyEvent {
}
