package fr.portailfamille.domain.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/** An activation link is single-use and valid seven days; only the SHA-256 hash of its token is ever recorded. */
final class ActivationLink {
    static final Duration VALIDITY = Duration.ofDays(7);
    private static final Pattern SHA_256_HEX = Pattern.compile("^[0-9a-f]{64}$");

    private ActivationLink() {
    }

    static String requireTokenHash(String tokenHash) {
        if (tokenHash == null || !SHA_256_HEX.matcher(tokenHash).matches()) {
            throw new IllegalArgumentException("an activation token hash is 64 lowercase hex digits");
        }
        return tokenHash;
    }

    /** Whether the given hash opens the pending link at {@code now}. */
    static boolean opens(String pendingHash, Instant expiresAt, String givenHash, Instant now) {
        return pendingHash != null && now.isBefore(expiresAt) && MessageDigest.isEqual(
                pendingHash.getBytes(StandardCharsets.US_ASCII), givenHash.getBytes(StandardCharsets.US_ASCII));
    }
}
