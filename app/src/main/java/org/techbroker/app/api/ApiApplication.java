package org.techbroker.app.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** The JSON API, version 1. Every resource of it lives in this package. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Techbroker API",
                        version = "1",
                        description =
                                "Sign-in, accounts and, as Techbroker grows, courses, exams, essay review and the "
                                        + "qualification registry. Errors are RFC 9457 problem documents. Calls that change state "
                                        + "and are authenticated by the session cookie carry the session's token in X-CSRF-Token.",
                        license = @License(name = "AGPL-3.0", url = "https://www.gnu.org/licenses/agpl-3.0.html")))
public class ApiApplication extends Application {}
