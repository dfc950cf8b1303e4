package tandem.fhir.web;

import java.util.List;

import org.hl7.fhir.instance.model.api.IBaseResource;

import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;

/**
 * Search results one page at a time, with {@code _count} (default 20, at most 100) and
 * {@code _offset}: HAPI writes the {@code self}, {@code next} and {@code previous} links with
 * {@code _offset}, so paging needs no state on the server.
 */
final class Pages {

    static final int DEFAULT_COUNT = 20;
    static final int MAX_COUNT = 100;

    private Pages() {
    }

    static int count(Integer requested) {
        return requested == null ? DEFAULT_COUNT : Math.max(0, Math.min(MAX_COUNT, requested));
    }

    static int offset(Integer requested) {
        return requested == null ? 0 : Math.max(0, requested);
    }

    /** One page of a search whose whole result has {@code total} resources. */
    static IBundleProvider of(List<? extends IBaseResource> page, int offset, int count, long total) {
        SimpleBundleProvider bundle = new SimpleBundleProvider(page);
        bundle.setCurrentPageOffset(offset);
        bundle.setCurrentPageSize(count);
        bundle.setSize((int) Math.min(Integer.MAX_VALUE, total));
        return bundle;
    }
}
