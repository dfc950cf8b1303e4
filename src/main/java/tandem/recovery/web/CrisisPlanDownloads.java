package tandem.recovery.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import tandem.recovery.CrisisPlanPdf;
import tandem.recovery.PlanViews;
import tandem.shared.TandemClock;

/** The wellness and crisis plan as a PDF to keep or print, for the person, their care team and supporters. */
@Component
class CrisisPlanDownloads {

    private final TandemClock clock;

    CrisisPlanDownloads(TandemClock clock) {
        this.clock = clock;
    }

    ResponseEntity<byte[]> pdf(String name, PlanViews.CrisisPlan plan) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("wellness-and-crisis-plan.pdf")
                        .build().toString())
                .body(CrisisPlanPdf.render(name, plan, clock.zone()));
    }
}
