package fr.portailfamille.domain.family;

import java.security.SecureRandom;
import java.util.UUID;

/** A family's AES-256 key for its medical data, kept outside the event store (see {@link FamilyKeyStore}). */
public record FamilyKey(String keyId, byte[] material) {
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    public FamilyKey {
        if (keyId == null || keyId.isBlank() || material == null || material.length != KEY_BYTES) {
            throw new IllegalArgumentException("a family key has an id and 32 bytes of material");
        }
    }

    /** A fresh random key, for the stores that make them. */
    public static FamilyKey generate() {
        byte[] material = new byte[KEY_BYTES];
        RANDOM.nextBytes(material);
        return new FamilyKey(UUID.randomUUID().toString(), material);
    }
}
