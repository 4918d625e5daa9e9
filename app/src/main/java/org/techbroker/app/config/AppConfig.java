package org.techbroker.app.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The web application's settings, read once from MicroProfile Config. Defaults live in
 * {@code META-INF/microprofile-config.properties}; an environment variable overrides each one
 * (TECHBROKER_LOGIN_MAX_FAILURES for techbroker.login.max-failures).
 */
@ApplicationScoped
public class AppConfig {

    @Inject
    @ConfigProperty(name = "techbroker.password.pbkdf2-iterations")
    int pbkdf2Iterations;

    @Inject
    @ConfigProperty(name = "techbroker.login.max-failures")
    int maxFailedLogins;

    @Inject
    @ConfigProperty(name = "techbroker.login.lockout-minutes")
    int lockoutMinutes;

    @Inject
    @ConfigProperty(name = "techbroker.login.address-max-failures")
    int maxFailedLoginsPerAddress;

    @Inject
    @ConfigProperty(name = "techbroker.login.address-window-minutes")
    int addressWindowMinutes;

    @Inject
    @ConfigProperty(name = "techbroker.demo")
    String demo;

    @Inject
    @ConfigProperty(name = "techbroker.api.max-body-bytes")
    int maxRequestBodyBytes;

    public int pbkdf2Iterations() {
        return pbkdf2Iterations;
    }

    /** Failed logins in a row after which an account is locked out for {@link #lockout()}. */
    public int maxFailedLogins() {
        return maxFailedLogins;
    }

    public Duration lockout() {
        return Duration.ofMinutes(lockoutMinutes);
    }

    /** Failed logins from one client address within {@link #addressWindow()} after which it is refused. */
    public int maxFailedLoginsPerAddress() {
        return maxFailedLoginsPerAddress;
    }

    public Duration addressWindow() {
        return Duration.ofMinutes(addressWindowMinutes);
    }

    /** "auto" (demo data on the embedded database only), "true" or "false". */
    public String demo() {
        return demo;
    }

    public int maxRequestBodyBytes() {
        return maxRequestBodyBytes;
    }

    /** The one clock of the application, so that tests and code agree on "now". */
    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
