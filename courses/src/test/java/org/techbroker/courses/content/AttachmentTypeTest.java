package org.techbroker.courses.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.techbroker.courses.CoursesException;

class AttachmentTypeTest {

    static final byte[] PDF = "%PDF-1.4\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    static final byte[] HTML = "<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);

    @Test
    void imagesMayBeShownAndDocumentsAreDownloaded() {
        assertThat(AttachmentType.PNG.isImage()).isTrue();
        assertThat(AttachmentType.JPEG.isImage()).isTrue();
        assertThat(AttachmentType.PDF.isImage()).isFalse();
        assertThat(AttachmentType.ofContentType("image/jpeg")).contains(AttachmentType.JPEG);
        assertThat(AttachmentType.ofContentType("text/html")).isEmpty();
        assertThat(AttachmentType.MAX_BYTES).isEqualTo(10L * 1024 * 1024);
    }

    @Test
    void recognisesEachTypeByItsFirstBytes() {
        assertThat(AttachmentType.sniff(PDF)).contains(AttachmentType.PDF);
        assertThat(AttachmentType.sniff(PNG)).contains(AttachmentType.PNG);
        assertThat(AttachmentType.sniff(JPEG)).contains(AttachmentType.JPEG);
        assertThat(AttachmentType.sniff(HTML)).isEmpty();
        assertThat(AttachmentType.sniff(java.util.Arrays.copyOf(PNG, 4)))
                .as("too short to tell")
                .isEmpty();
    }

    @Test
    void acceptsFilesWhoseContentIsWhatTheirNameSays() {
        assertThat(AttachmentType.check("Vertrag.PDF", PDF)).isEqualTo(AttachmentType.PDF);
        assertThat(AttachmentType.check("图表.png", PNG)).isEqualTo(AttachmentType.PNG);
        assertThat(AttachmentType.check("photo.jpeg", JPEG)).isEqualTo(AttachmentType.JPEG);
        assertThat(AttachmentType.check("photo.jpg", JPEG).contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void refusesAnImageNamedLikeAPdfAndAPageNamedLikeAnImage() {
        assertThatThrownBy(() -> AttachmentType.check("contract.pdf", PNG))
                .isInstanceOf(CoursesException.class)
                .hasMessage("courses.error.attachment_content");
        assertThatThrownBy(() -> AttachmentType.check("chart.png", HTML))
                .hasMessage("courses.error.attachment_content");
        assertThatThrownBy(() -> AttachmentType.check("chart.jpg", PNG)).hasMessage("courses.error.attachment_content");
    }

    @Test
    void refusesOtherKindsOfFileByName() {
        assertThatThrownBy(() -> AttachmentType.check("page.html", HTML)).hasMessage("courses.error.attachment_type");
        assertThatThrownBy(() -> AttachmentType.check("drawing.svg", HTML)).hasMessage("courses.error.attachment_type");
        assertThatThrownBy(() -> AttachmentType.check("no-extension", PDF)).hasMessage("courses.error.attachment_type");
    }

    @Test
    void cleanFileNamesDropFoldersControlCharactersAndQuotes() {
        assertThat(AttachmentType.cleanFileName("C:\\Users\\li\\合同 范本.pdf")).isEqualTo("合同 范本.pdf");
        assertThat(AttachmentType.cleanFileName("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
        assertThat(AttachmentType.cleanFileName("a\"b\r\nc\u202e.pdf")).isEqualTo("abc.pdf");
        assertThat(AttachmentType.cleanFileName("  spaced.png  ")).isEqualTo("spaced.png");
    }

    @Test
    void longNamesAreShortenedKeepingTheirExtension() {
        String clean = AttachmentType.cleanFileName("x".repeat(300) + ".pdf");
        assertThat(clean).hasSize(AttachmentType.FILE_NAME_MAX).endsWith("x.pdf");
    }

    @Test
    void aNameThatIsNothingIsRefused() {
        assertThatThrownBy(() -> AttachmentType.cleanFileName("folder/")).hasMessage("courses.error.attachment_name");
        assertThatThrownBy(() -> AttachmentType.cleanFileName(null)).hasMessage("courses.error.attachment_name");
        assertThatThrownBy(() -> AttachmentType.cleanFileName("..")).hasMessage("courses.error.attachment_name");
    }
}
