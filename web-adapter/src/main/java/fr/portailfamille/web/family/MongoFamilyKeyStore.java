package fr.portailfamille.web.family;

import static com.mongodb.client.model.Filters.eq;

import java.util.Base64;
import java.util.Optional;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import fr.portailfamille.domain.family.FamilyKey;
import fr.portailfamille.domain.family.FamilyKeyStore;

/**
 * The family keys in their own MongoDB collection, one document per family ({@code current} key id and every key
 * by id), never in the event store and never dropped by a read-model rebuild. Destroying a family's keys deletes its
 * document. A commune that has a key management service can put it behind {@link FamilyKeyStore} instead.
 */
public class MongoFamilyKeyStore implements FamilyKeyStore {
    private static final String CURRENT = "current";
    private static final String KEYS = "keys";

    private final MongoCollection<Document> keys;

    public MongoFamilyKeyStore(MongoDatabase database) {
        this.keys = database.getCollection("family_keys");
    }

    /** Only the family's own aggregate asks, one command at a time, so two keys are never made at once. */
    @Override
    public FamilyKey currentKey(String familyId) {
        Document family = keys.find(eq("_id", familyId)).first();
        if (family != null && family.getString(CURRENT) != null) {
            return key(family, family.getString(CURRENT)).orElseThrow();
        }
        FamilyKey key = FamilyKey.generate();
        keys.updateOne(eq("_id", familyId), Updates.combine(Updates.set(CURRENT, key.keyId()),
                Updates.set(KEYS + "." + key.keyId(), Base64.getEncoder().encodeToString(key.material()))),
                new UpdateOptions().upsert(true));
        return key;
    }

    @Override
    public Optional<FamilyKey> key(String familyId, String keyId) {
        return Optional.ofNullable(keys.find(eq("_id", familyId)).first()).flatMap(family -> key(family, keyId));
    }

    @Override
    public void destroyKeys(String familyId) {
        keys.deleteOne(eq("_id", familyId));
    }

    private static Optional<FamilyKey> key(Document family, String keyId) {
        Document byId = family.get(KEYS, Document.class);
        String material = byId == null ? null : byId.getString(keyId);
        return Optional.ofNullable(material).map(found -> new FamilyKey(keyId, Base64.getDecoder().decode(found)));
    }
}
