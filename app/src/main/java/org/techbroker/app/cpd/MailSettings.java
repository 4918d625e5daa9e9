package org.techbroker.app.cpd;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where outgoing mail goes: {@code techbroker.mail.host}, {@code .port}, {@code .from} and {@code
 * .enabled}. Mail is off while no host is set, whatever {@code enabled} says, so that a fresh
 * installation never tries to reach a mail server it does not have.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "techbroker.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "techbroker.mail.port")
    int port;

    @Inject
    @ConfigProperty(name = "techbroker.mail.from")
    String from;

    @Inject
    @ConfigProperty(name = "techbroker.mail.enabled")
    boolean enabled;

    public boolean enabled() {
        return enabled && host.filter(h -> !h.isBlank()).isPresent();
    }

    public String host() {
        return host.orElse("");
    }

    public int port() {
        return port;
    }

    public String from() {
        return from;
    }
}
