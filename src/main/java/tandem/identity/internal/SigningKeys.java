package tandem.identity.internal;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.util.Base64;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.nimbusds.jose.jwk.RSAKey;

import tandem.shared.TandemClock;

/**
 * The RSA key that signs Tandem's access tokens, kept in {@code token_signing_key} so that it survives
 * restarts and is the same on every node. The first node to start makes it; a node that loses the
 * race to insert reads the winner's.
 */
@Component
class SigningKeys {

    private final JdbcClient jdbc;
    private final TandemClock clock;
    private volatile RSAKey key;

    SigningKeys(JdbcClient jdbc, TandemClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    RSAKey current() {
        RSAKey k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = loadOrCreate();
                }
                k = key;
            }
        }
        return k;
    }

    RSAPublicKey publicKey() {
        try {
            return current().toRSAPublicKey();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException("The token signing key cannot be read", e);
        }
    }

    private RSAKey loadOrCreate() {
        var stored = read();
        if (stored != null) {
            return stored;
        }
        KeyPair pair = generate();
        Base64.Encoder b64 = Base64.getEncoder();
        jdbc.sql("""
                INSERT INTO token_signing_key (kid, private_key, public_key, active, created_at)
                VALUES (:kid, :priv, :pub, true, :at) ON CONFLICT DO NOTHING
                """).param("kid", UUID.randomUUID().toString()).param("priv", b64.encodeToString(pair.getPrivate().getEncoded()))
                .param("pub", b64.encodeToString(pair.getPublic().getEncoded())).param("at", Timestamp.from(clock.now())).update();
        return read();
    }

    private RSAKey read() {
        return jdbc.sql("SELECT kid, private_key, public_key FROM token_signing_key WHERE active").query((rs, n) -> {
            try {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                Base64.Decoder b64 = Base64.getDecoder();
                RSAPrivateKey priv = (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(b64.decode(rs.getString("private_key"))));
                RSAPublicKey pub = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(b64.decode(rs.getString("public_key"))));
                return new RSAKey.Builder(pub).privateKey(priv).keyID(rs.getString("kid")).build();
            } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
                throw new IllegalStateException("The stored token signing key cannot be read", e);
            }
        }).optional().orElse(null);
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
