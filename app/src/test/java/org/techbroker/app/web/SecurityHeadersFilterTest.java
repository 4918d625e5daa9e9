package org.techbroker.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityHeadersFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/accounts", "/api/me", "/api/auth/login", "/health", "/health/ready"})
    void dataEndpointsGetTheStrictestPolicy(String path) {
        String policy = SecurityHeadersFilter.policyFor(path);

        assertThat(policy).isEqualTo(SecurityHeadersFilter.DATA_POLICY).startsWith("default-src 'none'");
        assertThat(policy).contains("frame-ancestors 'none'").contains("sandbox");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/index.xhtml",
                "/login.xhtml",
                "/admin/accounts/list.xhtml",
                "/jakarta.faces.resource/theme.css.xhtml",
                "/apidocs.xhtml"
            })
    void pagesGetThePagePolicy(String path) {
        assertThat(SecurityHeadersFilter.policyFor(path)).isEqualTo(SecurityHeadersFilter.PAGE_POLICY);
    }

    @Test
    void thePagePolicyAllowsOnlyThisOriginAndNoFraming() {
        assertThat(SecurityHeadersFilter.PAGE_POLICY)
                .startsWith("default-src 'self'")
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'")
                .contains("base-uri 'self'")
                .contains("form-action 'self'")
                .doesNotContain("*");
    }
}
