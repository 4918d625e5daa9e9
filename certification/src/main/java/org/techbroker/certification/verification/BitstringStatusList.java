package org.techbroker.certification.verification;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.BitSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The encoding of a W3C Bitstring Status List (Bitstring Status List v1.0, section 3.1): the
 * bitstring, index 0 at the most significant bit of the first byte, GZIP-compressed, then
 * base64url without padding, with the multibase prefix {@code u}.
 */
public final class BitstringStatusList {

    /** The multibase prefix of base64url without padding. */
    static final char MULTIBASE_BASE64URL = 'u';

    private BitstringStatusList() {}

    /** The encoded list of {@code length} bits whose set bits are those of {@code bits}. */
    public static String encode(BitSet bits, int length) {
        if (length <= 0 || length % 8 != 0) {
            throw new IllegalArgumentException("A status list has a positive whole number of bytes: " + length);
        }
        if (bits.length() > length) {
            throw new IllegalArgumentException("Bit " + (bits.length() - 1) + " lies beyond " + length);
        }
        byte[] bytes = new byte[length / 8];
        for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
            bytes[i / 8] |= (byte) (0x80 >>> (i % 8));
        }
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(Math.max(64, bytes.length / 64));
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return MULTIBASE_BASE64URL + Base64.getUrlEncoder().withoutPadding().encodeToString(compressed.toByteArray());
    }

    /** The bytes of an encoded list; for tests and for verifiers written in Java. */
    public static byte[] decode(String encodedList) {
        if (encodedList == null || encodedList.isEmpty() || encodedList.charAt(0) != MULTIBASE_BASE64URL) {
            throw new IllegalArgumentException("Not a multibase base64url value");
        }
        byte[] compressed = Base64.getUrlDecoder().decode(encodedList.substring(1));
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return gzip.readAllBytes();
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a GZIP stream", e);
        }
    }

    /** Bit {@code index} of decoded bytes, most significant bit first. */
    public static boolean bit(byte[] bytes, int index) {
        return (bytes[index / 8] & (0x80 >>> (index % 8))) != 0;
    }
}
