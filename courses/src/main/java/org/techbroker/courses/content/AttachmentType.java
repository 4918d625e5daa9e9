package org.techbroker.courses.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.techbroker.courses.CoursesException;
import org.techbroker.courses.shared.DomainException.Kind;

/**
 * The kinds of file a lesson may carry, told apart by their first bytes (their magic numbers),
 * never by their names: a script renamed {@code .pdf} is still refused. A file an author uploads
 * must also be what its name says ({@link #check}), so that an image named {@code .pdf} or a page
 * named {@code .png} is refused before it is stored.
 */
public enum AttachmentType {
    PDF("application/pdf", false, List.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", true, List.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    JPEG("image/jpeg", true, List.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    /** The largest file a lesson may carry, uploaded or imported. */
    public static final long MAX_BYTES = ImportLimits.ATTACHMENT_BYTES;

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

    /** What the bytes are, if they are one of the allowed kinds. */
    public static Optional<AttachmentType> sniff(byte[] bytes) {
        for (AttachmentType type : values()) {
            if (startsWith(bytes, type.magic)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
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
    public static AttachmentType check(String fileName, byte[] bytes) {
        AttachmentType named = ofFileName(fileName)
                .orElseThrow(() -> new CoursesException(Kind.INVALID, "courses.error.attachment_type", fileName));
        if (!startsWith(bytes, named.magic)) {
            throw new CoursesException(Kind.INVALID, "courses.error.attachment_content", fileName);
        }
        return named;
    }

    /**
     * The name under which an uploaded file is kept and offered for download: without any folder a
     * browser sent with it, without control characters or quotes, and at most {@link
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

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes == null || bytes.length < prefix.length) {
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
