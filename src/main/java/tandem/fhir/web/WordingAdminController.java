package tandem.fhir.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.fhir.Questionnaires;
import tandem.identity.CurrentUsers;
import tandem.measures.MeasuresApi;
import tandem.measures.scoring.Instrument;
import tandem.shared.FieldProblem;
import tandem.shared.error.InvalidInputException;
import tandem.shared.web.FormErrors;

/**
 * Administrators install a service's licensed wording: download an instrument as a FHIR
 * Questionnaire, fill in the item texts, upload it again. Each upload is a new version.
 */
@Controller
class WordingAdminController {

    static final long MAX_BYTES = 2_000_000;

    private final CurrentUsers identity;
    private final MeasuresApi measures;
    private final Questionnaires questionnaires;

    WordingAdminController(CurrentUsers identity, MeasuresApi measures, Questionnaires questionnaires) {
        this.identity = identity;
        this.measures = measures;
        this.questionnaires = questionnaires;
    }

    @GetMapping("/admin/instruments")
    String page(Model model) {
        return page(model, FormErrors.NONE);
    }

    @PostMapping("/admin/instruments")
    String upload(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            return page(model, new FormErrors(List.of(new FieldProblem("file", "Choose a FHIR Questionnaire file (JSON) to upload"))));
        }
        if (file.getSize() > MAX_BYTES) {
            return page(model, new FormErrors(List.of(new FieldProblem("file", "The file must be 2 MB or smaller"))));
        }
        try {
            Instrument installed = questionnaires.install(identity.require(), new String(file.getBytes(), StandardCharsets.UTF_8));
            redirect.addFlashAttribute("flash", installed.title() + " is now version " + installed.version()
                    + (installed.wordingInstalled() ? ", with its wording." : ". Some items still have no wording."));
            return "redirect:/admin/instruments";
        } catch (InvalidInputException e) {
            return page(model, new FormErrors(e.problems().stream()
                    .map(p -> new FieldProblem("file", p.field() + ": " + p.message())).toList()));
        }
    }

    private String page(Model model, FormErrors errors) {
        model.addAttribute("instruments", measures.instruments());
        model.addAttribute("errors", errors);
        return "admin/instruments";
    }
}
