package org.techbroker.courses.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** ZIP archives for tests, entry by entry, including the malicious ones a ZIP library would not write. */
final class Archives {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    static Archives archive() {
        return new Archives();
    }

    Archives with(String name, byte[] content) {
        entries.put(name, content);
        return this;
    }

    Archives with(String name, String content) {
        return with(name, content.getBytes(StandardCharsets.UTF_8));
    }

    byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The archive with every occurrence of one entry name replaced by another of the same length:
     * how a test makes names that ZipOutputStream refuses to write (twice the same, {@code ../}).
     */
    byte[] zipRenaming(String from, String to) {
        if (from.length() != to.length()) {
            throw new IllegalArgumentException("Names must have the same length");
        }
        byte[] zip = zip();
        byte[] needle = from.getBytes(StandardCharsets.UTF_8);
        byte[] replacement = to.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + needle.length <= zip.length; i++) {
            boolean match = true;
            for (int j = 0; j < needle.length && match; j++) {
                match = zip[i + j] == needle[j];
            }
            if (match) {
                System.arraycopy(replacement, 0, zip, i, replacement.length);
            }
        }
        return zip;
    }
}
