package org.techbroker.courses.content.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.techbroker.courses.CoursesException;
import org.techbroker.courses.catalog.LessonAttachment;
import org.techbroker.courses.content.AttachmentStore;
import org.techbroker.courses.shared.DomainException.Kind;

/**
 * Attachments as files in a folder outside the web root ({@code techbroker.courses.attachments-dir},
 * by default {@code attachments} in the server's output folder). Files are named by their SHA-256,
 * so the same file imported twice is kept once, a name chosen by an author never reaches the file
 * system, and a key read back cannot point outside the folder. A file is written to a temporary
 * name and moved into place, so a reader never sees half of it. A file stored for an import that
 * then failed is harmless and is reused by the next import of it; the catalogue deletes a file once
 * no attachment refers to it any more.
 */
@ApplicationScoped
public class FileSystemAttachmentStore implements AttachmentStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    @Inject
    @ConfigProperty(name = "techbroker.courses.attachments-dir")
    Optional<String> configuredFolder;

    private Path folder;

    protected FileSystemAttachmentStore() {
        // for CDI
    }

    /** A store in this folder, outside CDI (tests). */
    public FileSystemAttachmentStore(Path folder) {
        this.folder = folder;
    }

    /** The folder: the configured one, or {@code attachments} in Liberty's server output folder. */
    Path folder() {
        if (folder == null) {
            String base = System.getProperty("server.output.dir", System.getProperty("user.dir"));
            folder = configuredFolder
                    .filter(value -> !value.isBlank())
                    .map(Path::of)
                    .orElseGet(() -> Path.of(base, "attachments"))
                    .toAbsolutePath();
        }
        return folder;
    }

    @Override
    public LessonAttachment.Stored store(String fileName, String contentType, byte[] bytes) {
        String key = sha256(bytes);
        Path target = pathOf(key);
        try {
            if (!Files.exists(target) || Files.size(target) != bytes.length) {
                Files.createDirectories(target.getParent());
                Path temporary = Files.createTempFile(target.getParent(), key, ".part");
                try {
                    Files.write(temporary, bytes);
                    move(temporary, target);
                } finally {
                    Files.deleteIfExists(temporary);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store an attachment in " + folder(), e);
        }
        return new LessonAttachment.Stored(fileName, contentType, bytes.length, key, key);
    }

    @Override
    public InputStream open(String storageKey) {
        if (storageKey == null || !KEY.matcher(storageKey).matches()) {
            throw notFound(storageKey);
        }
        try {
            return Files.newInputStream(pathOf(storageKey));
        } catch (NoSuchFileException e) {
            throw notFound(storageKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String storageKey) {
        if (storageKey == null || !KEY.matcher(storageKey).matches()) {
            throw new IllegalArgumentException("Not a storage key: " + storageKey);
        }
        try {
            Files.deleteIfExists(pathOf(storageKey));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the attachment " + storageKey, e);
        }
    }

    private Path pathOf(String key) {
        return folder().resolve(key.substring(0, 2)).resolve(key);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static CoursesException notFound(String key) {
        return new CoursesException(Kind.NOT_FOUND, "courses.attachment.error.not_found", String.valueOf(key));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
