package tandem.identity;

import java.util.List;

/** A module names the paths anyone may open without signing in (a public prospectus, say). */
public interface PublicPaths {
    List<String> patterns();
}
