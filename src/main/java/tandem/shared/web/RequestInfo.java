package tandem.shared.web;

import java.util.Optional;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The request id and client address of the current web request, for the audit trail and logs. */
public record RequestInfo(String requestId, String clientAddress) {

    static final String ATTRIBUTE = RequestInfo.class.getName();

    public static Optional<RequestInfo> current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((RequestInfo) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
    }
}
