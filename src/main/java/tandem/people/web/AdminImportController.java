package tandem.people.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.identity.CurrentUsers;
import tandem.people.PeopleImport;

/** Administrators import people and staff from a CSV file: all rows or none. */
@Controller
class AdminImportController {

    private final CurrentUsers identity;
    private final PeopleImport importer;

    AdminImportController(CurrentUsers identity, PeopleImport importer) {
        this.identity = identity;
        this.importer = importer;
    }

    @GetMapping("/admin/import")
    String form(Model model) {
        model.addAttribute("problems", List.of());
        model.addAttribute("columns", PeopleImport.COLUMNS);
        return "admin/import";
    }

    @PostMapping("/admin/import")
    String upload(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        model.addAttribute("columns", PeopleImport.COLUMNS);
        if (file == null || file.isEmpty()) {
            model.addAttribute("problems", List.of(new PeopleImport.RowProblem(0, "file", "Choose a CSV file to import")));
            return "admin/import";
        }
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            PeopleImport.Result result = importer.importCsv(identity.require(), reader);
            redirect.addFlashAttribute("flash", "Imported " + result.people() + " people and " + result.staff()
                    + " staff members.");
            return "redirect:/admin";
        } catch (PeopleImport.RefusedException e) {
            model.addAttribute("problems", e.problems());
            return "admin/import";
        }
    }
}
