package tandem.reporting.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import tandem.identity.CurrentUsers;
import tandem.reporting.ResearchExtracts;

/** The researcher's page: what an extract holds, past extracts, and making a new one. */
@Controller
class ResearchController {

    private final CurrentUsers identity;
    private final ResearchExtracts extracts;

    ResearchController(CurrentUsers identity, ResearchExtracts extracts) {
        this.identity = identity;
        this.extracts = extracts;
    }

    @GetMapping("/research")
    String page(Model model) {
        model.addAttribute("summary", extracts.summary(identity.require()));
        model.addAttribute("dictionary", ResearchExtracts.DICTIONARY);
        return "reporting/research";
    }

    @PostMapping("/research/extracts")
    ResponseEntity<byte[]> make() {
        ResearchExtracts.Extract e = extracts.make(identity.require());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("tandem-research-extract-" + e.id() + ".zip").build().toString())
                .header("X-Extract-People", Integer.toString(e.people()))
                .contentType(MediaType.parseMediaType("application/zip")).body(e.zip());
    }
}
