package org.techbroker.app.login;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LoginBackingTest {

    @ParameterizedTest
    @ValueSource(strings = {"/admin/accounts/list.xhtml", "/index.xhtml", "/exams/take.xhtml?exam=IPL-101&page=2", "/"})
    void returnsToAPageOfThisSite(String target) {
        assertThat(LoginBacking.safeTarget(target)).isEqualTo(target);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "//evil.example",
                "//evil.example/admin/accounts/list.xhtml",
                "https://evil.example",
                "http://evil.example/index.xhtml",
                "javascript:alert(1)",
                "/\\evil.example",
                "\\\\evil.example",
                "/admin\\..\\..\\evil",
                "evil.example/index.xhtml",
                "index.xhtml"
            })
    void neverSendsAnyoneToAnotherSite(String target) {
        assertThat(LoginBacking.safeTarget(target)).isEqualTo("/index.xhtml");
    }

    /** Browsers drop tabs and line breaks inside a URL, which would turn these into "//evil.example". */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/\t/evil.example",
                "/\n/evil.example",
                "/\r\n/evil.example",
                "/ /evil.example",
                "/index.xhtml\u0000",
                "/\u007f/evil.example"
            })
    void refusesControlCharactersAndSpaces(String target) {
        assertThat(LoginBacking.safeTarget(target)).isEqualTo("/index.xhtml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login.xhtml", "/login.xhtml?continueTo=/login.xhtml", "/login.xhtml;jsessionid=1"})
    void neverReturnsToTheLoginPageItself(String target) {
        assertThat(LoginBacking.safeTarget(target)).isEqualTo("/index.xhtml");
    }
}
