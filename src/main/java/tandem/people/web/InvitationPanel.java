package tandem.people.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import tandem.identity.InvitationStatus;
import tandem.shared.web.FormErrors;

/**
 * The "Invite to Tandem" part of a person's page, for a worker in their care team: whether they have an account
 * already, the invitations sent (newest first), and the form with what was typed and its errors.
 */
public record InvitationPanel(boolean hasAccount, List<InvitationStatus> invitations, String email, FormErrors errors, ZoneId zone) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    /** A moment as the page shows it, in the organisation's time zone. */
    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(zone));
    }
}
