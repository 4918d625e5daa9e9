package org.techbroker.certification.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The hash chain over the registry's events. An event's hash is SHA-256 over its sequence, the
 * previous event's hash and every field it records, each written with its length so that no two
 * different events share an input. The chain's head (the last sequence and hash, kept in its own
 * row) lets a check notice a deleted last event too.
 */
public final class RegistryChain {

    /** The "previous hash" of the first event. */
    public static final String GENESIS = "0".repeat(64);

    private RegistryChain() {}

    static String hash(RegistryEvent event) {
        StringBuilder text = new StringBuilder();
        field(text, Long.toString(event.sequence()));
        field(text, event.previousHash());
        field(text, Long.toString(event.certificateId()));
        field(text, event.certificateNumber());
        field(text, event.type().name());
        field(text, event.fromStatus().map(Enum::name).orElse(""));
        field(text, event.toStatus().name());
        field(text, event.actor().map(a -> Long.toString(a.value())).orElse(""));
        field(text, event.occurredAt().toString());
        field(text, event.reason());
        field(text, event.publicNote().orElse(""));
        return sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void field(StringBuilder text, String value) {
        text.append(value.length()).append(':').append(value).append('\n');
    }

    /** The lowercase hexadecimal SHA-256 of the bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Walks the events in sequence order against the head: the first event must follow the
     * genesis, each the one before it, each hash must match its content, and the last must be the
     * head. Returns where it first broke.
     */
    public static ChainCheck check(List<RegistryEvent> eventsInSequence, long headSequence, String headHash) {
        String previous = GENESIS;
        long expected = 1;
        for (RegistryEvent event : eventsInSequence) {
            if (event.sequence() != expected) {
                return ChainCheck.broken(expected - 1, expected, "registry.chain.missing_event");
            }
            if (!event.previousHash().equals(previous)) {
                return ChainCheck.broken(expected - 1, event.sequence(), "registry.chain.link_broken");
            }
            if (!hash(event).equals(event.hash())) {
                return ChainCheck.broken(expected - 1, event.sequence(), "registry.chain.event_altered");
            }
            previous = event.hash();
            expected++;
        }
        long last = expected - 1;
        if (last != headSequence || !previous.equals(headHash)) {
            return ChainCheck.broken(last, last + 1, "registry.chain.head_mismatch");
        }
        return new ChainCheck(true, last, Optional.empty(), Optional.empty());
    }

    /**
     * The result of a check: how many events were read intact, and, when broken, the sequence
     * number where it broke and a message key saying how.
     */
    public record ChainCheck(
            boolean intact, long eventsVerified, Optional<Long> brokenAt, Optional<String> problemKey) {

        static ChainCheck broken(long verified, long at, String key) {
            return new ChainCheck(false, verified, Optional.of(at), Optional.of(key));
        }
    }
}
