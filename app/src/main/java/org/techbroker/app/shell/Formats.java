package org.techbroker.app.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How pages write dates and times: in the training centre's time zone
 * ({@code techbroker.display-zone}, Asia/Shanghai by default), in ISO order, which reads the same
 * in Chinese and English.
 */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Inject
    @ConfigProperty(name = "techbroker.display-zone")
    String displayZone;

    public ZoneId zone() {
        return ZoneId.of(displayZone);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone()));
    }

    /** The time of day alone, for moments of the current day such as "saved at 10:42:07". */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone()));
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(zone()));
    }
}
