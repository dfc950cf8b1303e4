package tandem.reporting.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.clinical.ClinicalReports;
import tandem.consent.AccessDecisions;
import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.measures.MeasuresApi;
import tandem.people.PeopleApi;
import tandem.reporting.ResearchExtracts;
import tandem.reporting.internal.ResearchRows.ObservationRow;
import tandem.reporting.internal.ResearchRows.PersonRow;
import tandem.reporting.internal.ResearchRows.ScaleRow;
import tandem.shared.TandemClock;
import tandem.shared.error.ForbiddenException;
import tandem.shared.ids.PersonId;

/**
 * Makes research extracts: who is in one is decided by {@code consent.AccessDecisions} (research
 * consent today), each extract gets a fresh key for its participant codes and date shifts, and the
 * key is wiped before anything is written.
 */
@Service
class ResearchExtractService implements ResearchExtracts {

    private final ResearchExtractStore store;
    private final AccessDecisions access;
    private final AuditLog audit;
    private final PeopleApi directory;
    private final MeasuresApi measures;
    private final ClinicalReports clinical;
    private final TandemClock clock;
    private final DatePrecision precision;
    private final SecureRandom random = new SecureRandom();

    ResearchExtractService(ResearchExtractStore store, AccessDecisions access, AuditLog audit, PeopleApi directory,
            MeasuresApi measures, ClinicalReports clinical, TandemClock clock,
            @Value("${tandem.reporting.research.date-precision:MONTH}") DatePrecision precision) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.directory = directory;
        this.measures = measures;
        this.clinical = clinical;
        this.clock = clock;
        this.precision = precision;
    }

    @Transactional(readOnly = true)
    @Override
    public Summary summary(CurrentUser user) {
        requireResearcher(user);
        List<PastExtract> past = store.past(user.organisationId()).stream()
                .map(r -> new PastExtract(r.id(), r.madeBy(), r.madeAt(), r.people(), r.rowsWritten(), r.datePrecision())).toList();
        return new Summary(access.researchConsentedIn(user.organisationId()).size(), precision, past);
    }

    @Transactional
    @Override
    public Extract make(CurrentUser user) {
        requireResearcher(user);
        UUID extractId = UUID.randomUUID();
        List<UUID> people = access.researchConsentedIn(user.organisationId()).stream().map(PersonId::value).toList();
        byte[] key = new byte[32];
        random.nextBytes(key);
        Map<UUID, String> codes = new LinkedHashMap<>();
        Map<UUID, Integer> shifts = new LinkedHashMap<>();
        for (UUID p : people) {
            byte[] mac = hmac(key, p.toString());
            codes.put(p, HexFormat.of().formatHex(mac, 0, 8));
            shifts.put(p, Math.floorMod(((mac[8] & 0xff) << 8) | (mac[9] & 0xff), 365) - 182);
        }
        Arrays.fill(key, (byte) 0); // the key is never stored: codes cannot be recomputed after this extract
        ResearchRows rows = new ResearchRows(codes, shifts, precision, clock.zone(), clock.today());
        if (!people.isEmpty()) {
            List<PersonId> ids = people.stream().map(PersonId::of).toList();
            // One bulk read from each module that holds a part of the extract.
            directory.birthDates(ids).forEach(b -> rows.person(new PersonRow(b.personId().value(), b.dateOfBirth())));
            measures.scalesOf(ids).forEach(s -> rows.scale(new ScaleRow(s.personId().value(), s.instrument(), s.definitionVersion(),
                    s.authored(), s.scale(), s.value(), s.scored(), s.band())));
            clinical.observationsOf(ids).forEach(o -> rows.observation(new ObservationRow(o.person().value(), o.kind().name(),
                    o.value(), o.observedOn(), o.source())));
        }
        List<List<String>> lines = rows.sorted();
        byte[] zip = ResearchZip.zip(lines);
        Instant now = clock.now();
        store.saveExtract(extractId, user.organisationId(), user.username(), now, people.size(), lines.size(), precision);
        audit.record(new AuditEvent(user.username(), Role.RESEARCHER.name(), user.organisationId(), null, AuditAction.EXPORT,
                "research extract", extractId.toString(), false));
        for (UUID p : people) {
            audit.record(new AuditEvent(user.username(), Role.RESEARCHER.name(), user.organisationId(), PersonId.of(p), AuditAction.EXPORT,
                    "research extract (without your name)", extractId.toString(), false));
        }
        return new Extract(extractId, zip, people.size(), lines.size());
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireResearcher(CurrentUser user) {
        if (!user.has(Role.RESEARCHER)) {
            throw new ForbiddenException("Research extracts are made by researchers.");
        }
    }
}
