package tandem.community.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.community.Group;
import tandem.community.GroupForm;
import tandem.community.GroupRole;
import tandem.community.Groups;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.shared.error.ConflictException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.web.FormErrors;
import tandem.shared.web.Forms;

/** The groups directory (public), joining and leaving, and the administrator's group pages. */
@Controller
class GroupsController {

    record GroupOut(UUID id, String name, String purpose, String whoFor, String facilitator, String place, boolean online,
            String accessibility, List<OffsetDateTime> nextMeetings, int minutes, int members) {
        static GroupOut of(Group g) {
            return new GroupOut(g.id(), g.name(), g.purpose(), g.whoFor(), g.facilitator(), g.place(), g.online(),
                    g.accessibility(), g.nextMeetings().stream().map(m -> m.toOffsetDateTime()).toList(), g.minutes(),
                    g.members());
        }
    }

    private final CurrentUsers identity;
    private final Groups groups;

    GroupsController(CurrentUsers identity, Groups groups) {
        this.identity = identity;
        this.groups = groups;
    }

    @GetMapping("/groups")
    String directory(Model model) {
        model.addAttribute("groups", groups.directory(identity.current().orElse(null)));
        return "community/groups";
    }

    @GetMapping("/groups/{id}")
    String group(@PathVariable UUID id, Model model) {
        CurrentUser viewer = identity.current().orElse(null);
        model.addAttribute("group", groups.group(viewer, id));
        model.addAttribute("roles", GroupRole.values());
        model.addAttribute("errors", FormErrors.NONE);
        return "community/group";
    }

    @GetMapping("/api/v1/groups")
    @ResponseBody
    List<GroupOut> api() {
        return groups.directory(identity.current().orElse(null)).stream().map(GroupOut::of).toList();
    }

    @PostMapping("/groups/{id}/join")
    String join(@PathVariable UUID id, @RequestParam(defaultValue = "") String role, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = identity.require();
        boolean wasMember = groups.group(user, id).member();
        try {
            groups.join(user, id, role);
        } catch (InvalidInputException e) {
            model.addAttribute("group", groups.group(user, id));
            model.addAttribute("roles", GroupRole.values());
            model.addAttribute("errors", new FormErrors(e.problems()));
            return "community/group";
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
            return "redirect:/groups/" + id;
        }
        redirect.addFlashAttribute("flash", wasMember ? "Your role is changed." : "You joined the group. Welcome!");
        return "redirect:/groups/" + id;
    }

    @PostMapping("/groups/{id}/leave")
    String leave(@PathVariable UUID id, RedirectAttributes redirect) {
        groups.leave(identity.require(), id);
        redirect.addFlashAttribute("flash", "You left the group. You are welcome back at any time.");
        return "redirect:/groups/" + id;
    }

    @GetMapping("/admin/groups")
    String admin(Model model) {
        model.addAttribute("groups", groups.administered(identity.require()));
        return "community/adminGroups";
    }

    @GetMapping("/admin/groups/new")
    String newGroup(Model model) {
        return form(model, null, GroupForm.empty(), FormErrors.NONE);
    }

    @PostMapping("/admin/groups")
    String create(@Valid @ModelAttribute("form") GroupForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        Optional<UUID> id = Forms.attempt(binding, () -> groups.create(identity.require(), form));
        if (id.isEmpty()) {
            return form(model, null, form, FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "The group is in the directory.");
        return "redirect:/groups/" + id.get();
    }

    @GetMapping("/admin/groups/{id}")
    String edit(@PathVariable UUID id, Model model) {
        return form(model, id, groups.form(identity.require(), id), FormErrors.NONE);
    }

    /** A group of another organisation is answered 404 before the form is looked at. */
    @PostMapping("/admin/groups/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") GroupForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        groups.form(identity.require(), id);
        if (!Forms.attempt(binding, () -> groups.update(identity.require(), id, form))) {
            return form(model, id, form, FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "The group is updated.");
        return "redirect:/groups/" + id;
    }

    private String form(Model model, UUID id, GroupForm form, FormErrors errors) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "community/groupForm";
    }
}
