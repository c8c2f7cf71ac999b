package fr.portailfamille.domain.family;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The key store of the fixtures: keys by family, the current one first made on demand. */
class InMemoryFamilyKeyStore implements FamilyKeyStore {
    private final Map<String, Map<String, FamilyKey>> keysByFamily = new HashMap<>();
    private final Map<String, FamilyKey> current = new HashMap<>();

    @Override
    public FamilyKey currentKey(String familyId) {
        return current.computeIfAbsent(familyId, id -> {
            FamilyKey key = FamilyKey.generate();
            keysByFamily.computeIfAbsent(id, any -> new HashMap<>()).put(key.keyId(), key);
            return key;
        });
    }

    @Override
    public Optional<FamilyKey> key(String familyId, String keyId) {
        return Optional.ofNullable(keysByFamily.getOrDefault(familyId, Map.of()).get(keyId));
    }

    @Override
    public void destroyKeys(String familyId) {
        keysByFamily.remove(familyId);
        current.remove(familyId);
    }

    boolean holdsKeysOf(String familyId) {
        return keysByFamily.containsKey(familyId);
    }
}
