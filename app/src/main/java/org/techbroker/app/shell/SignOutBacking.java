package org.techbroker.app.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.techbroker.app.security.SessionLogin;

/** The sign-out button of the header. */
@Named
@RequestScoped
public class SignOutBacking {

    @Inject
    SessionLogin sessionLogin;

    public void signOut() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        sessionLogin.signOut((HttpServletRequest) external.getRequest());
        external.redirect(external.getRequestContextPath() + "/index.xhtml?signedOut=true");
    }
}
