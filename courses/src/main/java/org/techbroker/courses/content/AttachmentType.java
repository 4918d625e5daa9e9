package org.techbroker.courses.content;

import java.util.Optional;

/**
 * The kinds of file a lesson may carry, told apart by their first bytes (their magic numbers),
 * never by their names: a script renamed {@code .pdf} is still refused.
 */
public enum AttachmentType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final String contentType;
    private final byte[] magic;

    AttachmentType(String contentType, byte[] magic) {
        this.contentType = contentType;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    /** What the bytes are, if they are one of the allowed kinds. */
    public static Optional<AttachmentType> sniff(byte[] bytes) {
        for (AttachmentType type : values()) {
            if (startsWith(bytes, type.magic)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
