package tandem.recovery.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.recovery.Journal;
import tandem.recovery.Way;
import tandem.recovery.web.PlanForms.JournalEntryForm;
import tandem.shared.TandemClock;
import tandem.shared.error.NotFoundException;
import tandem.shared.web.FormErrors;
import tandem.shared.web.Forms;

/** The person's five-ways-to-wellbeing journal: private unless they share it with their care team. */
@Controller
@RequestMapping({"/me/plan", "/people/{personId}/plan"})
class JournalPages {

    private final Journal journal;
    private final TandemClock clock;

    JournalPages(Journal journal, TandemClock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    @GetMapping("/journal")
    String journal(PlanContext c, @RequestParam(required = false) String week, Model model) {
        boolean shared = journal.open(c.user(), c.person());
        LocalDate day;
        try {
            day = week == null || week.isBlank() ? null : LocalDate.parse(week);
        } catch (DateTimeParseException e) {
            throw new NotFoundException("Week");
        }
        return journalPage(c, model, shared, day, new JournalEntryForm(clock.today().toString(), null, ""), FormErrors.NONE);
    }

    private String journalPage(PlanContext c, Model model, boolean shared, LocalDate day, JournalEntryForm form,
            FormErrors errors) {
        model.addAttribute("shared", shared);
        model.addAttribute("week", journal.week(c.person(), day));
        model.addAttribute("trend", journal.trend(c.person()));
        model.addAttribute("ways", Way.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "recovery/journal";
    }

    @PostMapping("/journal")
    String addJournal(@PersonOnly PlanContext c, @ModelAttribute JournalEntryForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(binding, () -> journal.add(c.user(), c.person(), form.on(), form.way(), form.note())).isEmpty()) {
            return journalPage(c, model, journal.open(c.user(), c.person()), null, form, FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Added to your journal.");
        return "redirect:/me/plan/journal";
    }

    @PostMapping("/journal/sharing")
    String shareJournal(@PersonOnly PlanContext c, @RequestParam(defaultValue = "") String share, RedirectAttributes redirect) {
        journal.share(c.user(), c.person(), "yes".equals(share));
        redirect.addFlashAttribute("flash", "yes".equals(share) ? "Your care team can now read your journal."
                : "Your journal is private again.");
        return "redirect:/me/plan/journal";
    }
}
