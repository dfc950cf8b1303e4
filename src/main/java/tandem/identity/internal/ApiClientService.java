package tandem.identity.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.identity.ApiClientSecret;
import tandem.identity.ApiClientView;
import tandem.identity.ApiClients;
import tandem.identity.CurrentUser;
import tandem.identity.NewApiClient;
import tandem.identity.Role;
import tandem.shared.FieldProblem;
import tandem.shared.TandemClock;
import tandem.shared.error.ConflictException;
import tandem.shared.error.ForbiddenException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.error.NotFoundException;

@Service
class ApiClientService implements ApiClients {

    private static final Logger security = LoggerFactory.getLogger("tandem.security");
    private static final int NAME_MAX = 100;

    private final ApiClientStore store;
    private final PasswordEncoder encoder;
    private final TandemClock clock;
    private final SecureRandom random = new SecureRandom();

    ApiClientService(ApiClientStore store, PasswordEncoder encoder, TandemClock clock) {
        this.store = store;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ApiClientSecret register(CurrentUser admin, NewApiClient client) {
        requireAdmin(admin);
        String name = client.name() == null ? "" : client.name().strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("name", "Enter a name for the system, like 'Record system'"));
        } else if (name.length() > NAME_MAX) {
            problems.add(new FieldProblem("name", "The name must be " + NAME_MAX + " characters or fewer"));
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            problems.add(new FieldProblem("name", "The name cannot contain control characters"));
        }
        LinkedHashSet<String> scopes = new LinkedHashSet<>();
        for (String s : client.scopes()) {
            if (!SCOPES.contains(s.strip())) {
                problems.add(new FieldProblem("scopes", "'" + abbreviate(s) + "' is not a scope Tandem knows. Use: " + String.join(", ", SCOPES)));
            } else {
                scopes.add(s.strip());
            }
        }
        if (client.scopes().isEmpty()) {
            problems.add(new FieldProblem("scopes", "Choose at least one scope"));
        }
        for (String a : client.allowedAddresses()) {
            if (!ClientAddresses.valid(a)) {
                problems.add(new FieldProblem("allowedAddresses",
                        "'" + abbreviate(a) + "' is not an IP address or range, like 192.0.2.10 or 10.1.0.0/16"));
            }
        }
        if (client.allowedAddresses().size() > MAX_ADDRESSES) {
            problems.add(new FieldProblem("allowedAddresses", "List at most " + MAX_ADDRESSES + " addresses"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (store.nameTaken(admin.organisationId().value(), name)) {
            throw new ConflictException("name", "There is already a client called '" + name + "'");
        }
        String clientId = "tandem-" + HexFormat.of().formatHex(bytes(12));
        String secret = newSecret();
        try {
            store.insert(new ApiClientRow(UUID.randomUUID(), clientId, name, encoder.encode(secret), admin.organisationId().value(),
                    List.copyOf(scopes), List.copyOf(new LinkedHashSet<>(client.allowedAddresses())), true, 1, clock.now(),
                    admin.username(), null, null, null, null, ApiClientRow.SYSTEM, List.of(), false));
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // the same name registered at the same moment by someone else
            throw new ConflictException("name", "There is already a client called '" + name + "'");
        }
        security.info("API client {} registered by account {} with scopes {}", clientId, admin.accountId(), scopes);
        return new ApiClientSecret(clientId, secret);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApiClientView> list(CurrentUser admin) {
        requireAdmin(admin);
        return store.ofOrganisation(admin.organisationId().value()).stream().map(ApiClientRow::view).toList();
    }

    @Override
    @Transactional
    public void setEnabled(CurrentUser admin, String clientId, boolean enabled) {
        requireAdmin(admin);
        if (!store.setEnabled(admin.organisationId().value(), clientId, enabled, admin.username(), clock.now())) {
            throw new NotFoundException("API client");
        }
        security.info("API client {} {} by account {}", clientId, enabled ? "enabled" : "disabled; its tokens end now",
                admin.accountId());
    }

    @Override
    @Transactional
    public ApiClientSecret rotateSecret(CurrentUser admin, String clientId) {
        requireAdmin(admin);
        String secret = newSecret();
        if (!store.rotate(admin.organisationId().value(), clientId, encoder.encode(secret), admin.username(), clock.now())) {
            throw new NotFoundException("API client");
        }
        security.info("API client {} given a new secret by account {}; its old secret and tokens end now", clientId,
                admin.accountId());
        return new ApiClientSecret(clientId, secret);
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.has(Role.ADMIN) || user.organisationId() == null) {
            throw new ForbiddenException("Only administrators manage API clients.");
        }
    }

    private String newSecret() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
