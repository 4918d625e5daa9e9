package org.techbroker.app.account;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes passwords with PBKDF2-HMAC-SHA256, using the JDK's implementation.
 *
 * <p>Each hash carries its own parameters ({@code pbkdf2-sha256$<iterations>$<salt>$<hash>}, salt
 * and hash in Base64), so the work factor can be raised later: old hashes still verify, and
 * {@link #needsRehash} tells the login to store a stronger one.
 */
public final class PasswordHasher {

    /** OWASP's current recommendation for PBKDF2-HMAC-SHA256. */
    public static final int MINIMUM_ITERATIONS = 600_000;

    private static final String SCHEME = "pbkdf2-sha256";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final int iterations;

    public PasswordHasher(int iterations) {
        if (iterations < MINIMUM_ITERATIONS) {
            throw new IllegalArgumentException(
                    "PBKDF2 needs at least " + MINIMUM_ITERATIONS + " iterations, not " + iterations);
        }
        this.iterations = iterations;
    }

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, iterations, HASH_BYTES);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    /** Whether the password matches the stored hash; false for any hash this class did not write. */
    public boolean verify(char[] password, String storedHash) {
        Parsed parsed = Parsed.of(storedHash);
        if (parsed == null) {
            return false;
        }
        byte[] actual = derive(password, parsed.salt, parsed.iterations, parsed.hash.length);
        return MessageDigest.isEqual(actual, parsed.hash);
    }

    /** Whether the stored hash was made with fewer iterations than this hasher uses now. */
    public boolean needsRehash(String storedHash) {
        Parsed parsed = Parsed.of(storedHash);
        return parsed == null || parsed.iterations < iterations;
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int length) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, length * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK offers no " + ALGORITHM, e);
        } finally {
            spec.clearPassword();
        }
    }

    private record Parsed(int iterations, byte[] salt, byte[] hash) {

        static Parsed of(String stored) {
            if (stored == null) {
                return null;
            }
            String[] parts = stored.split("\\$");
            if (parts.length != 4 || !SCHEME.equals(parts[0])) {
                return null;
            }
            try {
                int iterations = Integer.parseInt(parts[1]);
                Base64.Decoder base64 = Base64.getDecoder();
                byte[] salt = base64.decode(parts[2]);
                byte[] hash = base64.decode(parts[3]);
                return iterations > 0 && salt.length > 0 && hash.length > 0 ? new Parsed(iterations, salt, hash) : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
