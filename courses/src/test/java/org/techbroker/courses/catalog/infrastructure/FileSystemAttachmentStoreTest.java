package org.techbroker.courses.catalog.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbroker.courses.CoursesException;
import org.techbroker.courses.catalog.AttachmentStore;
import org.techbroker.courses.catalog.LessonAttachment;

class FileSystemAttachmentStoreTest {

    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path folder;

    @Test
    void keepsAnAcceptedFileUnderARandomKeyWithItsDigest() throws Exception {
        FileSystemAttachmentStore store = new FileSystemAttachmentStore(folder);

        LessonAttachment.Stored stored = store.store(PDF, "uploads/合同.pdf");

        assertThat(stored.fileName()).isEqualTo("合同.pdf");
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.sizeBytes()).isEqualTo(PDF.length);
        assertThat(stored.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
        assertThat(stored.storageKey()).matches("[0-9a-f-]{36}").doesNotContain("合同");
        try (InputStream in = store.open(stored.storageKey())) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
        assertThat(filesIn(folder)).containsExactly(stored.storageKey());
    }

    @Test
    void aRefusedFileLeavesNothingBehind() throws IOException {
        FileSystemAttachmentStore store = new FileSystemAttachmentStore(folder);
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> store.store(html, "chart.png"))
                .isInstanceOf(CoursesException.class)
                .hasMessage("courses.error.attachment_content");
        assertThatThrownBy(() -> store.store(html, "page.html")).hasMessage("courses.error.attachment_type");
        assertThatThrownBy(() -> store.store(new byte[0], "empty.pdf")).hasMessage("courses.error.attachment_empty");

        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void refusesFilesLargerThanTheLimitWhileReading() throws IOException {
        FileSystemAttachmentStore store = new FileSystemAttachmentStore(folder);
        InputStream endless = new InputStream() {
            private long served;

            @Override
            public int read() {
                return served++ < 5 ? PDF[(int) served - 1] : 'x';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                for (int i = 0; i < length; i++) {
                    buffer[offset + i] = (byte) read();
                }
                return length;
            }
        };

        assertThatThrownBy(() -> store.store(endless, "huge.pdf"))
                .isInstanceOf(CoursesException.class)
                .hasMessage("courses.error.attachment_too_large");
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void aFileOfExactlyTheLimitIsAccepted() {
        FileSystemAttachmentStore store = new FileSystemAttachmentStore(folder);
        byte[] content = new byte[(int) AttachmentStore.MAX_BYTES];
        System.arraycopy(PDF, 0, content, 0, PDF.length);

        assertThat(store.store(content, "big.pdf").sizeBytes()).isEqualTo(AttachmentStore.MAX_BYTES);
    }

    @Test
    void deletesFilesAndReportsMissingOnes() {
        FileSystemAttachmentStore store = new FileSystemAttachmentStore(folder);
        String key = store.store(PDF, "a.pdf").storageKey();

        store.delete(key);
        store.delete(key);

        assertThatThrownBy(() -> store.open(key))
                .isInstanceOf(CoursesException.class)
                .hasMessage("courses.error.attachment_not_found");
    }

    @Test
    void neverTurnsSomethingElseThanItsOwnKeysIntoAPath() {
        FileSystemAttachmentStore store = new FileSystemAttachmentStore(folder);

        assertThatIllegalArgumentException().isThrownBy(() -> store.open("../../etc/passwd"));
        assertThatIllegalArgumentException().isThrownBy(() -> store.delete("/etc/passwd"));
        assertThatIllegalArgumentException().isThrownBy(() -> store.open(null));
    }

    private static java.util.List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
