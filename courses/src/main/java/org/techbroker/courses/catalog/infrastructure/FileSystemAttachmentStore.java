package org.techbroker.courses.catalog.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.techbroker.courses.CoursesException;
import org.techbroker.courses.catalog.AttachmentStore;
import org.techbroker.courses.catalog.AttachmentType;
import org.techbroker.courses.catalog.LessonAttachment;
import org.techbroker.courses.shared.DomainException.Kind;

/**
 * Lesson files in a folder of the server's file system: {@code techbroker.courses.attachments-dir}
 * or, by default, {@code attachments} in the server's output folder, next to the embedded
 * database and outside the web root. Each file is named by a random UUID; a file is written to a
 * temporary name first and renamed only once it has passed every check, so a refused or broken
 * upload never shows up under a key.
 */
@ApplicationScoped
public class FileSystemAttachmentStore implements AttachmentStore {

    static final String CONFIG_KEY = "techbroker.courses.attachments-dir";
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String TEMPORARY_SUFFIX = ".part";

    @Inject
    @ConfigProperty(name = CONFIG_KEY)
    Optional<String> configuredFolder;

    private Path root;

    protected FileSystemAttachmentStore() {
        // for CDI
    }

    /** A store in this folder, for tests outside the server. */
    public FileSystemAttachmentStore(Path root) {
        this.root = createdFolder(root);
    }

    @PostConstruct
    void init() {
        Path folder = configuredFolder
                .filter(f -> !f.isBlank())
                .map(Path::of)
                .orElseGet(FileSystemAttachmentStore::defaultFolder);
        root = createdFolder(folder);
    }

    private static Path defaultFolder() {
        String output = System.getProperty("server.output.dir");
        if (output == null) {
            throw new IllegalStateException(
                    "Set " + CONFIG_KEY + ": there is no server output folder to keep attachments in");
        }
        return Path.of(output, "attachments");
    }

    private static Path createdFolder(Path folder) {
        try {
            return Files.createDirectories(folder.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the attachments folder " + folder, e);
        }
    }

    @Override
    public LessonAttachment.Stored store(InputStream content, String fileName) {
        String name = AttachmentType.cleanFileName(fileName);
        if (AttachmentType.ofFileName(name).isEmpty()) {
            throw new CoursesException(Kind.INVALID, "courses.error.attachment_type", name);
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile(root, "upload-", TEMPORARY_SUFFIX);
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[AttachmentType.SNIFF_BYTES];
            int headLength = 0;
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(temporary)) {
                for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                    size += n;
                    if (size > MAX_BYTES) {
                        throw new CoursesException(
                                Kind.INVALID, "courses.error.attachment_too_large", name, MAX_BYTES / (1024 * 1024));
                    }
                    int toHead = Math.min(n, head.length - headLength);
                    System.arraycopy(buffer, 0, head, headLength, toHead);
                    headLength += toHead;
                    sha256.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw new CoursesException(Kind.INVALID, "courses.error.attachment_empty", name);
            }
            AttachmentType type = AttachmentType.check(name, head, headLength);
            String key = UUID.randomUUID().toString();
            Files.move(temporary, pathOf(key), StandardCopyOption.ATOMIC_MOVE);
            return new LessonAttachment.Stored(
                    name, type.contentType(), size, HexFormat.of().formatHex(sha256.digest()), key);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the attachment " + name, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    @Override
    public InputStream open(String storageKey) {
        try {
            return Files.newInputStream(pathOf(storageKey));
        } catch (NoSuchFileException e) {
            throw new CoursesException(Kind.NOT_FOUND, "courses.error.attachment_not_found", storageKey);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the attachment " + storageKey, e);
        }
    }

    @Override
    public void delete(String storageKey) {
        try {
            Files.deleteIfExists(pathOf(storageKey));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the attachment " + storageKey, e);
        }
    }

    /** Keys are the store's own UUIDs: anything else is refused rather than turned into a path. */
    private Path pathOf(String storageKey) {
        if (storageKey == null || !KEY.matcher(storageKey).matches()) {
            throw new IllegalArgumentException("Not a storage key: " + storageKey);
        }
        return root.resolve(storageKey);
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // a leftover temporary file harms nothing and is never served
        }
    }
}
