package org.techbroker.app.verify;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.techbroker.certification.registry.CertificateNumber;

/**
 * Gives the verification page its addresses: {@code /verify} shows the lookup form, {@code
 * /verify/TB-2026-J-000123-7} (where a certificate's QR code leads) shows that certificate, and
 * the lookup form's {@code /verify?number=…} is redirected to the certificate's own address, in
 * its canonical spelling, so that what a visitor bookmarks or shares is the address printed on
 * the certificate. Each is a forward to {@code verify/index.xhtml} with the number as a
 * parameter; the page's own address (its form posts) passes untouched.
 */
@WebFilter(
        filterName = "verifyAddresses",
        urlPatterns = {"/verify", "/verify/*"})
public class VerifyAddresses extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "/verify/index.xhtml";

    /** Longer than any number; what is longer is cut, so that no address grows the page. */
    static final int MAX_TYPED = 64;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String rest = path.equals("/verify") ? "" : path.substring("/verify/".length());
        if (rest.contains(".") || rest.contains("/")) {
            chain.doFilter(request, response);
            return;
        }
        if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        String typed = rest.isEmpty() ? request.getParameter("number") : decoded(rest);
        if (typed == null || typed.isBlank()) {
            request.getRequestDispatcher(PAGE).forward(request, response);
            return;
        }
        typed = typed.strip();
        if (typed.length() > MAX_TYPED) {
            typed = typed.substring(0, MAX_TYPED);
        }
        if (CertificateNumber.isValid(typed)) {
            String canonical = CertificateNumber.parse(typed).value();
            if (!canonical.equals(rest)) {
                response.sendRedirect(request.getContextPath() + "/verify/" + canonical);
                return;
            }
        }
        request.getRequestDispatcher(PAGE + "?number=" + URLEncoder.encode(typed, StandardCharsets.UTF_8))
                .forward(request, response);
    }

    private static String decoded(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return segment;
        }
    }
}
