package org.techbroker.courses.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.techbroker.courses.CoursesException;
import org.techbroker.courses.shared.DomainException.Kind;

/**
 * The kinds of file a lesson may carry: PDF documents and PNG or JPEG images. A file is accepted
 * only when its first bytes say what its name says: a browser's or a client's declared content
 * type is never believed, so that an HTML page renamed {@code .png} or an image renamed {@code
 * .pdf} is refused before it is stored.
 */
public enum AttachmentType {
    PDF("application/pdf", false, List.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", true, List.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    JPEG("image/jpeg", true, List.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    /** How many leading bytes {@link #ofContent} needs to tell the types apart. */
    public static final int SNIFF_BYTES = 8;

    /** The longest file name kept; longer names are shortened, keeping their extension. */
    public static final int FILE_NAME_MAX = 200;

    private final String contentType;
    private final boolean image;
    private final List<String> extensions;
    private final byte[] magic;

    AttachmentType(String contentType, boolean image, List<String> extensions, byte[] magic) {
        this.contentType = contentType;
        this.image = image;
        this.extensions = extensions;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    /** Images may be shown in the browser; documents are always downloaded. */
    public boolean isImage() {
        return image;
    }

    /** The type whose signature the content starts with, if any. */
    public static Optional<AttachmentType> ofContent(byte[] head, int length) {
        return Arrays.stream(values()).filter(t -> t.startsTo(head, length)).findFirst();
    }

    /** The type the file name's extension announces, if it is one of ours. */
    public static Optional<AttachmentType> ofFileName(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(t -> t.extensions.contains(extension))
                .findFirst();
    }

    /** The type stored under a content type, for files read back. */
    public static Optional<AttachmentType> ofContentType(String contentType) {
        return Arrays.stream(values())
                .filter(t -> t.contentType.equals(contentType))
                .findFirst();
    }

    /**
     * The type of a file whose name and first bytes agree; an INVALID failure when the name is not
     * that of a PDF, PNG or JPEG file, or when the content is not what the name says.
     */
    public static AttachmentType check(String fileName, byte[] head, int length) {
        AttachmentType named = ofFileName(fileName)
                .orElseThrow(() -> new CoursesException(Kind.INVALID, "courses.error.attachment_type", fileName));
        if (!named.startsTo(head, length)) {
            throw new CoursesException(Kind.INVALID, "courses.error.attachment_content", fileName);
        }
        return named;
    }

    /**
     * The name under which a file is kept and offered for download: without any folder a browser
     * sent with it, without control characters, quotes or backslashes, and at most {@link
     * #FILE_NAME_MAX} characters. An INVALID failure when nothing is left.
     */
    public static String cleanFileName(String submitted) {
        String name = submitted == null ? "" : submitted;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && c != '"' && Character.getType(c) != Character.FORMAT)
                .forEach(clean::appendCodePoint);
        name = clean.toString().strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            throw new CoursesException(Kind.INVALID, "courses.error.attachment_name");
        }
        if (name.length() > FILE_NAME_MAX) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, FILE_NAME_MAX - extension.length()) + extension;
        }
        return name;
    }

    private boolean startsTo(byte[] head, int length) {
        if (head == null || length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
