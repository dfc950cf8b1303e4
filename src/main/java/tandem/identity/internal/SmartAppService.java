package tandem.identity.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.identity.ApiClientSecret;
import tandem.identity.AppConsentRequest;
import tandem.identity.ConnectedApp;
import tandem.identity.CurrentUser;
import tandem.identity.NewSmartApp;
import tandem.identity.Role;
import tandem.identity.SmartApps;
import tandem.shared.FieldProblem;
import tandem.shared.TandemClock;
import tandem.shared.error.ConflictException;
import tandem.shared.error.ForbiddenException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.error.NotFoundException;

@Service
class SmartAppService implements SmartApps {

    private static final Logger security = LoggerFactory.getLogger("tandem.security");
    private static final int NAME_MAX = 100;
    private static final int MAX_REDIRECTS = 10;

    /** What each scope lets an app do, in the words of the consent page. */
    static final Map<String, String> MEANINGS = Map.ofEntries(
            Map.entry("patient/Patient.read", "see your name, date of birth and the teams that support you"),
            Map.entry("patient/QuestionnaireResponse.read", "see the questionnaires you have filled in"),
            Map.entry("patient/QuestionnaireResponse.write", "add questionnaires you fill in to your record"),
            Map.entry("patient/Observation.read", "see your scores and how they have changed"),
            Map.entry("launch/patient", "know which record in Tandem is yours"),
            Map.entry("openid", "confirm who you are when you sign in"),
            Map.entry("fhirUser", "know your name and whether you are a person supported here or a worker"),
            Map.entry("offline_access", "keep working when you are not using it, until you stop it or sign out everywhere"),
            Map.entry("user/Patient.read", "see the people you can see in Tandem, and no one else"),
            Map.entry("user/Questionnaire.read", "see Tandem's questionnaires"),
            Map.entry("user/QuestionnaireResponse.read", "see the questionnaires of the people you can see"),
            Map.entry("user/QuestionnaireResponse.write", "add questionnaires for the people you support, as you"),
            Map.entry("user/Observation.read", "see the scores of the people you can see"),
            Map.entry("user/Observation.write", "add scores for the people you support, as you"));

    private static final List<String> PERSON_WILL_NOT = List.of("see anyone else's record",
            "see or change your recovery plan, your notes or your messages", "change your account or your password",
            "do anything at all once you stop it");
    private static final List<String> WORKER_WILL_NOT = List.of("see anyone you cannot see in Tandem yourself",
            "do anything an administrator does", "change your account or your password", "do anything at all once you stop it");

    private final ApiClientStore store;
    private final AppAuthorizationStore authorizations;
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final TandemClock clock;
    private final SecureRandom random = new SecureRandom();

    SmartAppService(ApiClientStore store, AppAuthorizationStore authorizations, JdbcClient jdbc, PasswordEncoder encoder,
            TandemClock clock) {
        this.store = store;
        this.authorizations = authorizations;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ApiClientSecret register(CurrentUser admin, NewSmartApp app) {
        if (!admin.has(Role.ADMIN) || admin.organisationId() == null) {
            throw new ForbiddenException("Only administrators register apps.");
        }
        String name = app.name() == null ? "" : app.name().strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("name", "Enter the app's name, as people will see it, like 'Recovery diary'"));
        } else if (name.length() > NAME_MAX || name.chars().anyMatch(Character::isISOControl)) {
            problems.add(new FieldProblem("name", "The name must be " + NAME_MAX + " characters or fewer, with no control characters"));
        }
        if (app.redirectUris().isEmpty()) {
            problems.add(new FieldProblem("redirectUris", "Give at least one address the app receives people back at"));
        } else if (app.redirectUris().size() > MAX_REDIRECTS) {
            problems.add(new FieldProblem("redirectUris", "List at most " + MAX_REDIRECTS + " addresses"));
        }
        for (String uri : app.redirectUris()) {
            if (!validRedirect(uri)) {
                problems.add(new FieldProblem("redirectUris", "'" + abbreviate(uri)
                        + "' is not an https address without a fragment (http is allowed only for localhost)"));
            }
        }
        LinkedHashSet<String> scopes = new LinkedHashSet<>();
        for (String s : app.scopes()) {
            if (SCOPES.contains(s)) {
                scopes.add(s);
            } else {
                problems.add(new FieldProblem("scopes", "'" + abbreviate(s) + "' is not a scope an app may have. Use: " + String.join(", ", SCOPES)));
            }
        }
        if (scopes.stream().noneMatch(s -> s.startsWith("patient/") || s.startsWith("user/"))) {
            problems.add(new FieldProblem("scopes", "Choose at least one patient/ or user/ scope"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (store.nameTaken(admin.organisationId().value(), name)) {
            throw new ConflictException("name", "There is already a client or app called '" + name + "'");
        }
        String clientId = "tandem-app-" + HexFormat.of().formatHex(bytes(12));
        String secret = app.publicClient() ? null : Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
        try {
            store.insert(new ApiClientRow(UUID.randomUUID(), clientId, name, secret == null ? null : encoder.encode(secret),
                    admin.organisationId().value(), List.copyOf(scopes), List.of(), true, 1, clock.now(), admin.username(), null, null,
                    null, null, ApiClientRow.APP, List.copyOf(new LinkedHashSet<>(app.redirectUris())), app.publicClient()));
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new ConflictException("name", "There is already a client or app called '" + name + "'");
        }
        security.info("App {} ({}) registered by account {} with scopes {}", clientId, app.publicClient() ? "public" : "confidential",
                admin.accountId(), scopes);
        return new ApiClientSecret(clientId, secret);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AppConsentRequest> consentRequest(CurrentUser user, String clientId, Collection<String> scopes) {
        Optional<ApiClientRow> app = store.byClientId(clientId).filter(ApiClientRow::isApp).filter(ApiClientRow::enabled);
        if (app.isEmpty()) {
            return Optional.empty();
        }
        Set<String> allowed = AppLaunch.allowedFor(user);
        List<AppConsentRequest.Item> asked = scopes.stream().distinct().filter(allowed::contains).filter(app.get().scopes()::contains)
                .map(s -> new AppConsentRequest.Item(s, MEANINGS.getOrDefault(s, s))).toList();
        List<String> origins = app.get().redirectUris().stream().map(SmartAppService::origin).filter(o -> o != null).distinct().toList();
        return Optional.of(new AppConsentRequest(clientId, app.get().name(), asked, user.isStaff() ? WORKER_WILL_NOT : PERSON_WILL_NOT,
                origins));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ConnectedApp> connected(CurrentUser user) {
        List<ConnectedApp> out = new ArrayList<>();
        for (AppAuthorizationStore.Connected c : authorizations.connectedOf(user.username())) {
            store.byId(c.clientId()).ifPresent(app -> out.add(new ConnectedApp(app.clientId(), app.name(),
                    consentedScopes(app.id(), user.username()), c.since())));
        }
        out.sort(java.util.Comparator.comparing(ConnectedApp::name, String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    @Override
    @Transactional
    public void disconnect(CurrentUser user, String clientId) {
        ApiClientRow app = store.byClientId(clientId).filter(ApiClientRow::isApp).orElseThrow(() -> new NotFoundException("App"));
        int ended = authorizations.endAllOf(user.username(), app.id());
        int consents = jdbc.sql("DELETE FROM oauth2_authorization_consent WHERE registered_client_id = :c AND principal_name = :p")
                .param("c", app.id().toString()).param("p", user.username()).update();
        if (ended == 0 && consents == 0) {
            throw new NotFoundException("App");
        }
        security.info("Account {} stopped app {}; its tokens end now", user.accountId(), clientId);
    }

    private List<String> consentedScopes(UUID appId, String username) {
        return jdbc.sql("SELECT authorities FROM oauth2_authorization_consent WHERE registered_client_id = :c AND principal_name = :p")
                .param("c", appId.toString()).param("p", username).query(String.class).optional()
                .map(a -> java.util.Arrays.stream(a.split(",")).map(String::strip).filter(s -> s.startsWith("SCOPE_"))
                        .map(s -> s.substring(6)).toList())
                .orElse(List.of());
    }

    static boolean validRedirect(String uri) {
        try {
            URI u = new URI(uri);
            if (u.getFragment() != null || u.getHost() == null || u.getUserInfo() != null) {
                return false;
            }
            boolean local = u.getHost().equals("localhost") || u.getHost().equals("127.0.0.1") || u.getHost().equals("[::1]");
            return "https".equals(u.getScheme()) || ("http".equals(u.getScheme()) && local);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String origin(String uri) {
        try {
            URI u = new URI(uri);
            return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
