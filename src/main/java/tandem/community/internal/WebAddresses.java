package tandem.community.internal;

import java.net.URI;

/** What a group's online link and a resource's link must be: an http or https address with a host. */
final class WebAddresses {

    private WebAddresses() {
    }

    static boolean isWebAddress(String url) {
        try {
            URI uri = URI.create(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
