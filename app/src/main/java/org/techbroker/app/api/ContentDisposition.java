package org.techbroker.app.api;

import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} header of a download (RFC 6266): a plain ASCII {@code filename}
 * for old clients, and the exact name, percent-encoded in UTF-8, as {@code filename*} (RFC 8187),
 * which current browsers prefer. Nothing of the name can break out of the header.
 */
final class ContentDisposition {

    private static final String ATTR_CHAR_PUNCTUATION = "!#$&+-.^_`|~";

    private ContentDisposition() {}

    static String attachment(String fileName) {
        return of("attachment", fileName);
    }

    static String inline(String fileName) {
        return of("inline", fileName);
    }

    private static String of(String type, String fileName) {
        return type + "; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encoded(fileName);
    }

    /** Printable ASCII only, without quotes, backslashes or percent signs; every other character becomes "_". */
    static String asciiFallback(String fileName) {
        StringBuilder ascii = new StringBuilder(fileName.length());
        fileName.codePoints()
                .forEach(
                        c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%' ? (char) c : '_'));
        return ascii.toString();
    }

    /** RFC 8187 value-chars: attr-chars as they are, every other byte of the UTF-8 form as %XX. */
    static String encoded(String fileName) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || ATTR_CHAR_PUNCTUATION.indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
                encoded.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }
}
