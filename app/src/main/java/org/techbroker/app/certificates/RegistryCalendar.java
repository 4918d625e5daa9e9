package org.techbroker.app.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.techbroker.certification.registry.RegistrySettings;

/** Today in the registry's calendar (the centre's zone), which decides whether a certificate has expired. */
@ApplicationScoped
public class RegistryCalendar {

    @Inject
    RegistrySettings settings;

    public LocalDate today() {
        return LocalDate.now(settings.zone());
    }
}
