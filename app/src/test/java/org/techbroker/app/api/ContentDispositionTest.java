package org.techbroker.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void plainAsciiNamesAreGivenTwice() {
        assertThat(ContentDisposition.attachment("contract-2024.pdf"))
                .isEqualTo("attachment; filename=\"contract-2024.pdf\"; filename*=UTF-8''contract-2024.pdf");
    }

    @Test
    void chineseNamesArePercentEncodedInUtf8WithAnAsciiFallback() {
        assertThat(ContentDisposition.inline("合同 范本.png"))
                .isEqualTo(
                        "inline; filename=\"__ __.png\"; filename*=UTF-8''%E5%90%88%E5%90%8C%20%E8%8C%83%E6%9C%AC.png");
    }

    @Test
    void nothingInANameCanBreakOutOfTheHeader() {
        String header = ContentDisposition.attachment("a\";x=1\\%0d.pdf\r\nSet-Cookie: y");

        assertThat(header).doesNotContain("\r", "\n");
        assertThat(header)
                .startsWith("attachment; filename=\"a_;x=1__0d.pdf__Set-Cookie: y\"; filename*=UTF-8''")
                .endsWith("a%22%3Bx%3D1%5C%250d.pdf%0D%0ASet-Cookie%3A%20y");
    }
}
