package tandem.identity;

/** A client's id and its secret, returned once when the client is registered or its secret rotated; never stored. */
public record ApiClientSecret(String clientId, String clientSecret) {

    @Override
    public String toString() {
        return "ApiClientSecret[clientId=" + clientId + "]";
    }
}
