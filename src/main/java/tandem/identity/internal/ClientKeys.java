package tandem.identity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * The private keys Tandem signs its client assertions with (private_key_jwt): a file holding a JWK
 * (JSON, with the private part) or an RSA private key as PKCS#8 PEM. Read once per file.
 */
@Component
class ClientKeys {

    private final Map<String, JWK> keys = new ConcurrentHashMap<>();

    JWK load(String path) {
        return keys.computeIfAbsent(path, ClientKeys::read);
    }

    private static JWK read(String path) {
        try {
            String text = Files.readString(Path.of(path)).strip();
            if (text.startsWith("{")) {
                return JWK.parse(text);
            }
            String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey priv = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            RSAPublicKey pub = (RSAPublicKey) rsa.generatePublic(new RSAPublicKeySpec(priv.getModulus(), priv.getPublicExponent()));
            RSAKey key = new RSAKey.Builder(pub).privateKey(priv).build();
            return new RSAKey.Builder(key).keyID(key.computeThumbprint().toString()).build();
        } catch (IOException e) {
            throw new UncheckedIOException("The single sign-on client key could not be read", e);
        } catch (java.text.ParseException | java.security.GeneralSecurityException | com.nimbusds.jose.JOSEException | ClassCastException e) {
            throw new IllegalStateException("The single sign-on client key is not an RSA private key (JWK or PKCS#8 PEM)", e);
        }
    }
}
