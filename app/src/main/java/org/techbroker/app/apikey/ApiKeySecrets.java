package org.techbroker.app.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The form of API key secrets: {@code tbk_} and 32 random bytes in base64url (47 characters), and
 * the SHA-256 by which they are stored and found.
 */
public final class ApiKeySecrets {

    static final String PREFIX = "tbk_";
    static final int RANDOM_BYTES = 32;

    /** Longer than any secret this makes; longer headers are not looked up at all. */
    public static final int MAX_LENGTH = 100;

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecrets() {}

    static String newSecret() {
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** The SHA-256 of the secret, in lower-case hex. */
    public static String hash(String secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String prefixOf(String secret) {
        return secret.substring(0, ApiKey.PREFIX_LENGTH);
    }
}
