package tandem.college.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.college.CourseId;
import tandem.college.CourseStatus;
import tandem.college.Prospectus;
import tandem.college.TermId;
import tandem.college.Views;
import tandem.identity.CurrentUser;
import tandem.measures.scoring.Chime;
import tandem.shared.TandemClock;
import tandem.shared.error.InvalidInputException;
import tandem.shared.error.NotFoundException;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.TypedId;

/** The prospectus, read by anyone. */
@Service
class ProspectusService implements Prospectus {

    private final CollegeStore store;
    private final TandemClock clock;

    ProspectusService(CollegeStore store, TandemClock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The term on now, else the next to start, else the latest. */
    @Override
    public Optional<Views.Term> currentTerm(OrganisationId org) {
        LocalDate today = clock.today();
        List<Views.Term> terms = store.terms(TypedId.uuid(org));
        return terms.stream().filter(t -> !t.startsOn().isAfter(today) && !t.endsOn().isBefore(today)).findFirst()
                .or(() -> terms.stream().filter(t -> t.startsOn().isAfter(today)).min(Comparator.comparing(Views.Term::startsOn)))
                .or(() -> terms.stream().findFirst());
    }

    @Override
    public List<Views.Term> terms() {
        return store.terms(null);
    }

    @Transactional(readOnly = true)
    @Override
    public List<Views.Course> prospectus(Search s) {
        TermId term = null;
        if (s.term() == null || s.term().isBlank() || "current".equals(s.term())) {
            term = currentTerm(null).map(Views.Term::id).orElse(null);
        } else if (!"all".equals(s.term())) {
            term = TermId.of(CollegeAccess.uuid("term", s.term()));
        }
        Integer day = null;
        if (s.day() != null && !s.day().isBlank()) {
            try {
                day = java.time.DayOfWeek.valueOf(s.day()).getValue();
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("day", "Choose a day from the list.");
            }
        }
        String time = CollegeAccess.blankToNull(s.time());
        if (time != null && !Set.of("MORNING", "AFTERNOON", "EVENING").contains(time)) {
            throw new InvalidInputException("time", "Choose morning, afternoon or evening.");
        }
        String chime = CollegeAccess.blankToNull(s.chime());
        if (chime != null && java.util.Arrays.stream(Chime.values()).noneMatch(c -> c.name().equals(chime))) {
            throw new InvalidInputException("chime", "Choose a CHIME process from the list.");
        }
        if (s.query() != null && s.query().length() > 200) {
            throw new InvalidInputException("query", "Search words must be 200 characters or fewer.");
        }
        return store.search(null, term, s.query(), CollegeAccess.blankToNull(s.topic()), chime, day, time, CollegeAccess.blankToNull(s.mode()), true);
    }

    /** A published course for anyone; a draft only for the college's administrators and its trainers. */
    @Transactional(readOnly = true)
    @Override
    public Views.Course course(Optional<CurrentUser> user, CourseId id) {
        Views.Course c = store.course(id).orElseThrow(() -> new NotFoundException("Course"));
        if (c.status() == CourseStatus.PUBLISHED) {
            return c;
        }
        if (user.isPresent() && (CollegeAccess.isAdminOf(user.get(), c) || CollegeAccess.isTrainerOf(user.get(), c))) {
            return c;
        }
        throw new NotFoundException("Course");
    }

    /** The sessions of a published course as an iCalendar file (times in UTC, so clock changes cannot shift them). */
    @Transactional(readOnly = true)
    @Override
    public String calendar(CourseId id) {
        Views.Course c = course(Optional.empty(), id);
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Tandem//Recovery College//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + escape(c.title()));
        java.time.format.DateTimeFormatter utc = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(java.time.ZoneOffset.UTC);
        int n = 1;
        for (Views.Session s : c.sessions()) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + s.id() + "@tandem");
            line(ics, "DTSTAMP:" + utc.format(clock.now()));
            line(ics, "DTSTART:" + utc.format(s.startsAt()));
            line(ics, "DTEND:" + utc.format(s.endsAt()));
            line(ics, "SUMMARY:" + escape(c.title() + " (session " + n++ + " of " + c.sessions().size() + ")"));
            line(ics, "LOCATION:" + escape(c.online() ? "Online" : CollegeAccess.nz(c.location())));
            line(ics, "DESCRIPTION:" + escape(c.description()));
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static void line(StringBuilder ics, String content) {
        // Fold lines longer than 75 octets (RFC 5545, 3.1).
        byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            ics.append(content).append("\r\n");
            return;
        }
        StringBuilder part = new StringBuilder();
        int size = 0;
        boolean first = true;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (size + len > (first ? 75 : 74)) {
                ics.append(first ? "" : " ").append(part).append("\r\n");
                part.setLength(0);
                size = 0;
                first = false;
            }
            part.appendCodePoint(cp);
            size += len;
            i += Character.charCount(cp);
        }
        ics.append(first ? "" : " ").append(part).append("\r\n");
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }
}
