package fr.portailfamille.domain.family;

import java.util.Optional;

/**
 * Where the per-family keys of medical data live, outside the event store. Destroying a family's keys makes every
 * medical field they sealed unreadable, in the event store and in every read model (crypto-shredding).
 */
public interface FamilyKeyStore {

    /** The key that seals the family's new medical data, made on first use. */
    FamilyKey currentKey(String familyId);

    /** A key of this family, unless it was destroyed. */
    Optional<FamilyKey> key(String familyId, String keyId);

    /** Destroys every key of the family, for good. */
    void destroyKeys(String familyId);
}
