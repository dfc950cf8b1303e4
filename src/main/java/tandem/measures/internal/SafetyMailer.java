package tandem.measures.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;

import tandem.shared.mail.Mail;
import tandem.shared.ids.PersonId;

/**
 * E-mails a team's duty contact that a safety answer was given, once the response is committed. The e-mail
 * says only that there was a safety answer, on which questionnaire, when, and links to the person's page:
 * never the answers, never the person's name. Without a configured SMTP server (the demo) it is only logged.
 */
@Component
class SafetyMailer {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm");

    private final Mail mail;
    private final ZoneId zone;

    SafetyMailer(Mail mail, tandem.shared.TandemClock clock) {
        this.mail = mail;
        this.zone = clock.zone();
    }

    void sendAfterCommit(List<String> to, PersonId personId, String instrumentTitle, Instant at) {
        mail.sendAfterCommit(to, "Tandem: a safety answer needs attention today", """
                A person on your team's caseload gave a safety answer (about thoughts of self-harm) on %s, \
                on %s. It needs a response from the team today.

                Open their questionnaires in Tandem (you will need to sign in):

                %s

                This e-mail holds no answers and no name, on purpose. The alert is also at the top of the care \
                team's home page in Tandem until someone marks it seen.
                """.formatted(instrumentTitle, WHEN.format(at.atZone(zone)), mail.link("/people/" + personId + "/measures")), "safety alert");
    }
}
