package tandem.identity.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ConfigurableObjectInputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.stereotype.Repository;

import tandem.shared.TandemClock;

/**
 * What people and workers let apps do ({@code app_authorization}), for Spring Authorization Server: the
 * authorization code, then the access and refresh tokens of each authorization. Codes and tokens are found by
 * their SHA-256 hash. Client-credentials grants (other systems) are not kept: their tokens are ended by the
 * client's state alone, and nothing ever looks them up.
 */
@Repository
class AppAuthorizationStore implements OAuth2AuthorizationService {

    private static final Logger log = LoggerFactory.getLogger(AppAuthorizationStore.class);
    private static final OAuth2TokenType STATE = new OAuth2TokenType(OAuth2ParameterNames.STATE);
    private static final OAuth2TokenType CODE = new OAuth2TokenType(OAuth2ParameterNames.CODE);
    private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);

    private final JdbcClient jdbc;
    private final TandemClock clock;
    private final ClassLoader classLoader = AppAuthorizationStore.class.getClassLoader();

    AppAuthorizationStore(JdbcClient jdbc, TandemClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void save(OAuth2Authorization a) {
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(a.getAuthorizationGrantType())) {
            return;
        }
        Instant now = clock.now();
        jdbc.sql("DELETE FROM app_authorization WHERE expires_at < :now").param("now", Timestamp.from(now)).update();
        String state = a.getAttribute(OAuth2ParameterNames.STATE);
        OAuth2Authorization.Token<OAuth2AuthorizationCode> code = a.getToken(OAuth2AuthorizationCode.class);
        OAuth2Authorization.Token<?> access = a.getAccessToken();
        OAuth2Authorization.Token<?> refresh = a.getRefreshToken();
        OAuth2Authorization.Token<OidcIdToken> id = a.getToken(OidcIdToken.class);
        Instant expires = Stream.of(code, access, refresh, id).filter(t -> t != null && t.getToken().getExpiresAt() != null)
                .map(t -> t.getToken().getExpiresAt()).max(Instant::compareTo).orElse(now.plusSeconds(600));
        jdbc.sql("""
                INSERT INTO app_authorization (id, client_id, principal_name, state_hash, code_hash, access_hash, refresh_hash,
                                               id_token_hash, created_at, expires_at, value)
                VALUES (:id, :client, :principal, :state, :code, :access, :refresh, :idt, :now, :expires, :value)
                ON CONFLICT (id) DO UPDATE SET state_hash = EXCLUDED.state_hash, code_hash = EXCLUDED.code_hash,
                    access_hash = EXCLUDED.access_hash, refresh_hash = EXCLUDED.refresh_hash, id_token_hash = EXCLUDED.id_token_hash,
                    expires_at = EXCLUDED.expires_at, value = EXCLUDED.value
                """).param("id", a.getId()).param("client", UUID.fromString(a.getRegisteredClientId()))
                .param("principal", a.getPrincipalName()).param("state", state == null ? null : hash(state))
                .param("code", hashOf(code)).param("access", hashOf(access)).param("refresh", hashOf(refresh)).param("idt", hashOf(id))
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(expires)).param("value", encode(a)).update();
    }

    @Override
    public void remove(OAuth2Authorization a) {
        jdbc.sql("DELETE FROM app_authorization WHERE id = :id").param("id", a.getId()).update();
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return one("id = :v", id);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType type) {
        if (token == null) {
            return null;
        }
        String h = hash(token);
        if (type == null) {
            return one("(state_hash = :v OR code_hash = :v OR access_hash = :v OR refresh_hash = :v OR id_token_hash = :v)", h);
        }
        String column = STATE.equals(type) ? "state_hash" : CODE.equals(type) ? "code_hash"
                : OAuth2TokenType.ACCESS_TOKEN.equals(type) ? "access_hash" : OAuth2TokenType.REFRESH_TOKEN.equals(type) ? "refresh_hash"
                : ID_TOKEN.equals(type) ? "id_token_hash" : null;
        return column == null ? null : one(column + " = :v", h);
    }

    /** Whether the authorization is still there: stopped, ended and expired ones are not. */
    boolean live(String id) {
        return id != null && jdbc.sql("SELECT count(*) FROM app_authorization WHERE id = :id AND expires_at > :now").param("id", id)
                .param("now", Timestamp.from(clock.now())).query(Long.class).single() > 0;
    }

    /** Ends every authorization of the account (its sessions ended, it was disabled, or its roles changed). */
    int endAllOf(String principalName) {
        return jdbc.sql("DELETE FROM app_authorization WHERE lower(principal_name) = lower(:p)").param("p", principalName).update();
    }

    /** Ends the account's authorizations of one app. */
    int endAllOf(String principalName, UUID clientId) {
        return jdbc.sql("DELETE FROM app_authorization WHERE lower(principal_name) = lower(:p) AND client_id = :c")
                .param("p", principalName).param("c", clientId).update();
    }

    /** The apps with a live authorization of the account (each app once, the latest). */
    List<Connected> connectedOf(String principalName) {
        return jdbc.sql("""
                SELECT client_id, max(created_at) AS since FROM app_authorization
                WHERE lower(principal_name) = lower(:p) AND expires_at > :now AND (access_hash IS NOT NULL OR refresh_hash IS NOT NULL)
                GROUP BY client_id
                """).param("p", principalName).param("now", Timestamp.from(clock.now()))
                .query((rs, n) -> new Connected(rs.getObject("client_id", UUID.class), rs.getTimestamp("since").toInstant())).list();
    }

    record Connected(UUID clientId, Instant since) {
    }

    private OAuth2Authorization one(String where, String value) {
        Optional<byte[]> bytes = jdbc.sql("SELECT value FROM app_authorization WHERE " + where + " AND expires_at > :now")
                .param("v", value).param("now", Timestamp.from(clock.now())).query((rs, n) -> rs.getBytes("value")).optional();
        return bytes.map(this::decode).orElse(null);
    }

    private byte[] encode(OAuth2Authorization a) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try (ObjectOutputStream oos = new ObjectOutputStream(out)) {
            oos.writeObject(a);
        } catch (IOException e) {
            throw new IllegalStateException("An app authorization could not be stored", e);
        }
        return out.toByteArray();
    }

    private OAuth2Authorization decode(byte[] bytes) {
        try (ConfigurableObjectInputStream in = new ConfigurableObjectInputStream(new ByteArrayInputStream(bytes), classLoader)) {
            return (OAuth2Authorization) in.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            log.info("A stored app authorization could not be read ({}); it is treated as ended", e.getClass().getSimpleName());
            return null;
        }
    }

    private static String hashOf(OAuth2Authorization.Token<? extends OAuth2Token> t) {
        return t == null ? null : hash(t.getToken().getTokenValue());
    }

    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
