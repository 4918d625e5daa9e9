package org.techbroker.app.verify;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.techbroker.app.i18n.Messages;
import org.techbroker.app.i18n.SupportedLocales;

/**
 * Refuses an upload to the public verification page that cannot be a certificate before the
 * server reads it: the page is open to anyone, and the servlet's multipart limit (64 MB, which
 * course files need) would otherwise have the server spool the whole body to disk before the page
 * could refuse it. A post whose declared length is beyond the page's limit plus room for the form's
 * other fields is answered 413, and one that declares no length 411, each with the page's
 * localised reason as plain text; nothing of the body is read. Posts within the bound go on to the
 * page, which checks the file's own size ({@link VerifyBacking#UPLOAD_LIMIT_BYTES}).
 */
@WebFilter(filterName = "verifyUploadLimit", urlPatterns = VerifyAddresses.PAGE)
public class VerifyUploadLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Room for the form's other fields (the view state among them) and the multipart framing. */
    static final long FORM_ALLOWANCE_BYTES = 1024 * 1024;

    static final long REQUEST_LIMIT_BYTES = VerifyBacking.UPLOAD_LIMIT_BYTES + FORM_ALLOWANCE_BYTES;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        boolean upload = "POST".equals(request.getMethod())
                && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        if (!upload) {
            chain.doFilter(request, response);
            return;
        }
        long length = request.getContentLengthLong();
        if (length < 0) {
            refuse(request, response, HttpServletResponse.SC_LENGTH_REQUIRED, "verify.upload.error.length_required");
        } else if (length > REQUEST_LIMIT_BYTES) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "verify.upload.error.too_large");
        } else {
            chain.doFilter(request, response);
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String reason)
            throws IOException {
        Locale locale = SupportedLocales.ofRequest(request);
        // The body is not read: the connection closes rather than waiting for the rest of it.
        response.setHeader("Connection", "close");
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .println(Messages.get(locale, "verify.upload.error.too_large", VerifyBacking.UPLOAD_LIMIT_MEGABYTES));
    }
}
