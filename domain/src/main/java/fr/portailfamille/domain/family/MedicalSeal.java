package fr.portailfamille.domain.family;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import fr.portailfamille.api.family.MedicalDossier;
import fr.portailfamille.api.family.MedicalDossierRecorded;

/**
 * Seals each field of a medical dossier with AES-GCM under the family key, binding family and child as associated
 * data so that a sealed field cannot be moved to another child. Empty fields are sealed too: even « no allergy »
 * is medical data.
 */
public final class MedicalSeal {
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private MedicalSeal() {
    }

    public static MedicalDossierRecorded seal(String familyId, String childId, MedicalDossier dossier, FamilyKey key) {
        byte[] context = context(familyId, childId);
        return new MedicalDossierRecorded(familyId, childId, key.keyId(), seal(dossier.doctor(), key, context),
                seal(dossier.allergies(), key, context), seal(dossier.pai(), key, context),
                seal(dossier.diet(), key, context), seal(dossier.vaccinations(), key, context),
                seal(dossier.notes(), key, context));
    }

    /** The dossier while the family key exists; empty once it was destroyed. */
    public static Optional<MedicalDossier> open(MedicalDossierRecorded sealed, FamilyKeyStore keys) {
        return keys.key(sealed.familyId(), sealed.keyId()).map(key -> {
            byte[] context = context(sealed.familyId(), sealed.childId());
            return new MedicalDossier(open(sealed.doctor(), key, context), open(sealed.allergies(), key, context),
                    open(sealed.pai(), key, context), open(sealed.diet(), key, context),
                    open(sealed.vaccinations(), key, context), open(sealed.notes(), key, context));
        });
    }

    private static String seal(String text, FamilyKey key, byte[] context) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, key, iv, context,
                (text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[IV_BYTES + sealed.length];
        System.arraycopy(iv, 0, out, 0, IV_BYTES);
        System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
        return Base64.getEncoder().encodeToString(out);
    }

    private static String open(String sealedText, FamilyKey key, byte[] context) {
        byte[] in = Base64.getDecoder().decode(sealedText);
        byte[] iv = Arrays.copyOfRange(in, 0, IV_BYTES);
        byte[] sealed = Arrays.copyOfRange(in, IV_BYTES, in.length);
        return new String(crypt(Cipher.DECRYPT_MODE, key, iv, context, sealed), StandardCharsets.UTF_8);
    }

    private static byte[] crypt(int mode, FamilyKey key, byte[] iv, byte[] context, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(mode, new SecretKeySpec(key.material(), "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a medical field cannot be sealed or opened with its family key", e);
        }
    }

    private static byte[] context(String familyId, String childId) {
        return (familyId + "/" + childId).getBytes(StandardCharsets.UTF_8);
    }
}
