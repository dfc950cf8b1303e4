package tandem.college.web;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.college.Teaching;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.shared.error.InvalidInputException;
import tandem.shared.web.FormErrors;

/** Trainers' courses and the register for each session. */
@Controller
class TeachingController {

    private final CurrentUsers identity;

    private final Teaching teaching;

    TeachingController(CurrentUsers identity, Teaching teaching) {
        this.identity = identity;
        this.teaching = teaching;
    }

    @GetMapping("/college/teaching")
    String teaching(Model model) {
        model.addAttribute("courses", teaching.teaching(identity.require()));
        return "college/teaching";
    }

    @GetMapping("/college/sessions/{id}/register")
    String register(@PathVariable UUID id, Model model) {
        model.addAttribute("register", teaching.register(identity.require(), id));
        model.addAttribute("errors", FormErrors.NONE);
        return "college/register-session";
    }

    @PostMapping("/college/sessions/{id}/register")
    String mark(@PathVariable UUID id, @RequestParam Map<String, String> marks, Model model, RedirectAttributes redirect) {
        CurrentUser user = identity.require();
        try {
            teaching.mark(user, id, marks);
        } catch (InvalidInputException e) {
            model.addAttribute("register", teaching.register(user, id));
            model.addAttribute("errors", new FormErrors(e.problems()));
            return "college/register-session";
        }
        redirect.addFlashAttribute("flash", "Register saved.");
        return "redirect:/college/sessions/" + id + "/register";
    }
}
