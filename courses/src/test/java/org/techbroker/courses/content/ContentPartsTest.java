package org.techbroker.courses.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbroker.courses.catalog.LessonAttachment;
import org.techbroker.courses.content.infrastructure.FileSystemAttachmentStore;
import org.techbroker.courses.shared.DomainException;

/** The small parts of course content: problem locations, body spelling, sniffing, the file store. */
class ContentPartsTest {

    @TempDir
    Path folder;

    @Test
    void aLocationIsAlsoAJsonPointer() {
        ImportProblem problem =
                ImportProblem.of(ImportRule.HTML_ELEMENT, "courses/A.json", "modules[2].lessons[0].body.en", "a");

        assertThat(problem.pointer()).isEqualTo("/modules/2/lessons/0/body/en");
        assertThat(problem.messageKey()).isEqualTo("courses.import.error.html_element");
        assertThat(problem.isError()).isTrue();
        assertThat(ImportProblem.of(ImportRule.QUIZ_ITEMS, "f", "").messageKey())
                .isEqualTo("courses.import.warning.quiz_items");
        assertThat(ImportProblem.of(ImportRule.QUIZ_ITEMS, "f", "").pointer()).isEmpty();
    }

    @Test
    void exportedBodiesUseTheFormatsSpelling() {
        String stored = LessonBodies.stored("<p>He said \"yes\" + it's 1&lt;2<br>next</p>");

        String exported = LessonBodies.exported(stored);

        assertThat(stored).contains("&#34;", "&#43;", "<br />");
        assertThat(exported).isEqualTo("<p>He said \"yes\" + it's 1&lt;2<br>next</p>");
        assertThat(BodyHtml.check(exported)).isEmpty();
    }

    @Test
    void theSanitiserRemovesWhatTheFormatForbids() {
        String stored = LessonBodies.stored(
                "<p onclick=\"x()\">Hi <a href=\"javascript:alert(1)\">there</a></p><script>bad()</script>");

        assertThat(stored).isEqualTo("<p>Hi there</p>");
    }

    @Test
    void attachmentTypesAreToldByTheirFirstBytes() {
        assertThat(AttachmentType.sniff(Archives.PDF)).contains(AttachmentType.PDF);
        assertThat(AttachmentType.sniff(Archives.PNG)).contains(AttachmentType.PNG);
        assertThat(AttachmentType.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains(AttachmentType.JPEG);
        assertThat(AttachmentType.sniff("GIF89a".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(AttachmentType.sniff(new byte[] {'%', 'P'})).isEmpty();
    }

    @Test
    void theFileStoreKeepsOneCopyPerContentAndReadsItBack() throws IOException {
        FileSystemAttachmentStore store = new FileSystemAttachmentStore(folder);

        LessonAttachment.Stored first = store.store("a.pdf", "application/pdf", Archives.PDF);
        LessonAttachment.Stored second = store.store("b.pdf", "application/pdf", Archives.PDF);

        assertThat(first.storageKey()).isEqualTo(second.storageKey()).isEqualTo(first.sha256());
        assertThat(first.sha256())
                .isEqualTo(CourseImportSet.sha256(Archives.PDF))
                .hasSize(64);
        assertThat(second.fileName()).isEqualTo("b.pdf");
        assertThat(first.sizeBytes()).isEqualTo(Archives.PDF.length);
        try (Stream<Path> files = Files.walk(folder)) {
            assertThat(files.filter(Files::isRegularFile).toList())
                    .singleElement()
                    .satisfies(file -> assertThat(file.getFileName().toString()).isEqualTo(first.sha256()));
        }
        try (InputStream in = store.open(first.storageKey())) {
            assertThat(in.readAllBytes()).isEqualTo(Archives.PDF);
        }
    }

    @Test
    void theFileStoreOpensNothingOutsideItsFolder() throws IOException {
        Files.writeString(folder.resolveSibling("secret.txt"), "secret");
        FileSystemAttachmentStore store = new FileSystemAttachmentStore(folder);

        for (String key : List.of("../secret.txt", "/etc/passwd", "", "0".repeat(64))) {
            assertThatThrownBy(() -> store.open(key))
                    .isInstanceOfSatisfying(DomainException.class, failure -> assertThat(failure.kind())
                            .isEqualTo(DomainException.Kind.NOT_FOUND));
        }
    }

    @Test
    void theFileStoreDeletesByKeyOnlyWithinItsFolder() throws IOException {
        Path secret = Files.writeString(folder.resolveSibling("kept.txt"), "kept");
        FileSystemAttachmentStore store = new FileSystemAttachmentStore(folder);
        String key = store.store("a.pdf", "application/pdf", Archives.PDF).storageKey();

        store.delete(key);
        store.delete(key);

        assertThatThrownBy(() -> store.open(key))
                .isInstanceOfSatisfying(DomainException.class, failure -> assertThat(failure.kind())
                        .isEqualTo(DomainException.Kind.NOT_FOUND));
        for (String outside : List.of("../kept.txt", "/etc/passwd", "")) {
            assertThatThrownBy(() -> store.delete(outside)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(secret).exists();
    }
}
