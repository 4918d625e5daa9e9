package org.techbroker.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Pages are read (GET, HEAD) and their forms posted (POST); any other method on a page answers
 * 405 instead of rendering it, so a PUT or DELETE never reaches Faces.
 */
@WebFilter(filterName = "pageMethods", urlPatterns = "*.xhtml")
public class PageMethodsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> ALLOWED = Set.of("GET", "HEAD", "POST");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!ALLOWED.contains(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD, POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        chain.doFilter(request, response);
    }
}
