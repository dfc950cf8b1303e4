package tandem.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen for sign-in flows over real HTTP: a cookie jar, redirects followed by
 * hand (so a test can stop at any step), and the provider's login form filled in when it appears.
 */
public final class OidcBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    private final HttpClient http;
    private final String providerLogin;
    /** Every address visited, in order. */
    public final List<String> visited = new ArrayList<>();

    public OidcBrowser(String providerIssuer) {
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        this.providerLogin = providerIssuer + "/login";
    }

    public HttpResponse<String> get(String url) {
        visited.add(url);
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    public HttpResponse<String> post(String url, Map<String, String> form) {
        visited.add(url);
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Posts a form of a page, with the CSRF token the page holds. */
    public HttpResponse<String> submit(HttpResponse<String> page, String action, Map<String, String> fields) {
        Map<String, String> form = new java.util.LinkedHashMap<>(fields);
        form.put("_csrf", csrf(page.body()));
        return post(page.uri().resolve(action).toString(), form);
    }

    /**
     * Follows redirects from {@code url}, signing in at the provider as {@code user} when its login page
     * comes; stops at the first answer that is not a redirect, or before an address {@code stopAt} accepts
     * (returning the redirect that points there).
     */
    public HttpResponse<String> follow(String url, String user, String password, Predicate<String> stopAt) {
        HttpResponse<String> r = get(url);
        for (int hops = 0; hops < 20; hops++) {
            if (r.statusCode() / 100 != 3) {
                return r;
            }
            String next = location(r);
            if (stopAt.test(next)) {
                return r;
            }
            if (next.equals(providerLogin)) {
                HttpResponse<String> login = get(next);
                r = post(next, Map.of("username", user, "password", password, "_csrf", csrf(login.body())));
            } else {
                r = get(next);
            }
        }
        throw new IllegalStateException("Too many redirects: " + visited);
    }

    public HttpResponse<String> follow(String url, String user, String password) {
        return follow(url, user, password, u -> false);
    }

    /** Follows redirects from a response without signing in anywhere. */
    public HttpResponse<String> followFrom(HttpResponse<String> r) {
        for (int hops = 0; hops < 20 && r.statusCode() / 100 == 3; hops++) {
            r = get(location(r));
        }
        return r;
    }

    public static String location(HttpResponse<String> r) {
        String loc = r.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException("No Location on " + r.uri()));
        return r.uri().resolve(loc).toString();
    }

    public static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("No CSRF token on the page");
        }
        return (m.group(1) != null ? m.group(1) : m.group(2)).replace("&#x2D;", "-").replace("&#45;", "-");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
