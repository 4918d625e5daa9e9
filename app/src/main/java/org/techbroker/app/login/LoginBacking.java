package org.techbroker.app.login;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.techbroker.app.security.SessionLogin;
import org.techbroker.app.shell.FacesMessages;

/**
 * The login page. After signing in, a person returns to the page that sent them here (when it is
 * a page of this site) or goes to their dashboard. A refusal always reads the same.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SessionLogin sessionLogin;

    private String username;
    private String password;
    private String continueTo;

    /**
     * When a protected page sent the visitor here, the container forwarded the request, so the
     * page asked for is still known: return there after signing in.
     */
    @PostConstruct
    void rememberForwardedPage() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Object forwardedFrom = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (forwardedFrom instanceof String path) {
            Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
            String withoutContext = path.substring(request.getContextPath().length());
            continueTo = query == null ? withoutContext : withoutContext + "?" + query;
        }
    }

    public void signIn() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        switch (sessionLogin.signIn(request, response, username, password)) {
            case REFUSED -> {
                password = null;
                FacesMessages.error(null, "login.message.failed");
            }
            case SIGNED_IN_AND_REDIRECTED -> context.responseComplete();
            case SIGNED_IN -> external.redirect(external.getRequestContextPath() + safeTarget(continueTo));
        }
    }

    /**
     * Only a path of this site, never another host ("//evil.example" or "https://…"). Control
     * characters and spaces are refused too: browsers drop tabs and line breaks from a URL, so a
     * slash, a tab and "/evil.example" would arrive as "//evil.example".
     */
    static String safeTarget(String target) {
        if (target == null
                || !target.startsWith("/")
                || target.startsWith("//")
                || target.contains("\\")
                || target.chars().anyMatch(c -> c <= ' ' || c == 0x7f)
                || target.startsWith("/login.xhtml")) {
            return "/index.xhtml";
        }
        return target;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }
}
