package tandem.reporting.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.reporting.OutcomeDashboard;
import tandem.reporting.OutcomeDashboards;
import tandem.shared.error.InvalidInputException;
import tandem.shared.web.FormErrors;

/** The outcomes dashboard page, its CSV export and its JSON form. */
@Controller
class DashboardController {

    private final CurrentUsers identity;
    private final OutcomeDashboards dashboards;

    DashboardController(CurrentUsers identity, OutcomeDashboards dashboards) {
        this.identity = identity;
        this.dashboards = dashboards;
    }

    @GetMapping("/dashboard")
    String page(OutcomeDashboards.Request request, Model model) {
        CurrentUser user = identity.require();
        model.addAttribute("choices", dashboards.choices(user));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("instrument", blank(request.instrument()) ? OutcomeDashboards.DEFAULT_INSTRUMENT : request.instrument());
        form.put("months", blank(request.months()) ? Integer.toString(OutcomeDashboards.DEFAULT_MONTHS) : request.months());
        form.put("organisationId", request.organisationId());
        form.put("siteId", request.siteId());
        form.put("teamId", request.teamId());
        model.addAttribute("form", form);
        try {
            OutcomeDashboard d = dashboards.dashboard(user, request);
            model.addAttribute("d", d);
            model.addAttribute("bars", d.withheld() == null ? Bars.of(barsFor(d)) : java.util.List.of());
            model.addAttribute("errors", FormErrors.NONE);
        } catch (InvalidInputException e) {
            model.addAttribute("d", null);
            model.addAttribute("bars", java.util.List.of());
            model.addAttribute("errors", new FormErrors(e.problems()));
        }
        model.addAttribute("csvLink", link("/dashboard.csv", form));
        return "reporting/dashboard";
    }

    @GetMapping("/dashboard.csv")
    ResponseEntity<byte[]> csv(OutcomeDashboards.Request request) {
        CurrentUser user = identity.require();
        OutcomeDashboard d = dashboards.dashboard(user, request);
        String name = "tandem-outcomes-" + d.instrument().toLowerCase() + "-" + d.months() + "-months-" + d.to() + ".csv";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(dashboards.csv(d).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/api/v1/dashboard")
    @ResponseBody
    OutcomeDashboard api(OutcomeDashboards.Request request) {
        return dashboards.dashboard(identity.require(), request);
    }

    private static java.util.List<OutcomeDashboard.Figures> barsFor(OutcomeDashboard d) {
        java.util.List<OutcomeDashboard.Figures> all = new java.util.ArrayList<>();
        all.add(d.overall());
        all.addAll(d.groups());
        return all;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String link(String path, Map<String, String> form) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        form.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                b.queryParam(k, v);
            }
        });
        return b.encode().build().toUriString();
    }
}
