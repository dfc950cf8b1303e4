package tandem.people.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import tandem.identity.Role;

/** Formatting for pages: dates and times in the organisation's time zone, role names in words. */
public final class Dates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private Dates() {
    }

    public static String show(Instant at) {
        return at == null ? "" : FORMAT.format(at);
    }

    public static String role(String role) {
        return Role.parse(role).map(Role::label).orElse(role);
    }
}
