package tandem.identity.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.identity.NavContributor;
import tandem.identity.NavItem;

/** Adds the page shell (user, navigation, CSRF token, flash message) to every page's model. */
@ControllerAdvice(annotations = Controller.class)
public class ShellAdvice {

    private final CurrentUsers identity;
    private final List<NavContributor> contributors;

    ShellAdvice(CurrentUsers identity, List<NavContributor> contributors) {
        this.identity = identity;
        this.contributors = contributors;
    }

    @ModelAttribute("shell")
    public Shell shell(HttpServletRequest request) {
        // JSON API handlers are @Controllers too, but render no page: skip the work on that hot path
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/") ? null : build(request);
    }

    public Shell build(HttpServletRequest request) {
        CurrentUser user = identity.current().orElse(null);
        List<NavItem> nav = new ArrayList<>();
        if (user != null) {
            contributors.forEach(c -> nav.addAll(c.navFor(user)));
            nav.sort(Comparator.comparingInt(NavItem::order));
        }
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        String message = flash == null ? null : (String) flash.get("flash");
        return new Shell(user, List.copyOf(nav), request.getRequestURI(), csrf == null ? "" : csrf.getToken(), message);
    }
}
