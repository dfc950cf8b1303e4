package tandem.identity;

import java.util.List;

/**
 * What the consent page shows a person or worker: the app's name, the scopes it asks for that they may give
 * (each with a sentence saying what it lets the app do), what it will not be able to do, and the origins of the
 * app's registered addresses (where the page's form may send them back to).
 */
public record AppConsentRequest(String clientId, String appName, List<Item> asked, List<String> willNot, List<String> redirectOrigins) {

    public record Item(String scope, String meaning) {
    }
}
