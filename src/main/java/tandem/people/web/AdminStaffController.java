package tandem.people.web;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.identity.AccountSummary;
import tandem.identity.CurrentUser;
import tandem.identity.Accounts;
import tandem.identity.CurrentUsers;
import tandem.identity.Role;
import tandem.people.PeopleApi;
import tandem.people.StaffForm;
import tandem.people.StaffView;
import tandem.people.PeopleAdministration;
import tandem.people.StaffAccounts;
import tandem.shared.error.NotFoundException;
import tandem.shared.web.FormErrors;
import tandem.shared.web.Forms;
import tandem.shared.ids.StaffId;

/** Administrators add and edit staff members, their roles, teams and sign-in. */
@Controller
class AdminStaffController {

    private final CurrentUsers identity;
    private final Accounts accounts;
    private final PeopleApi people;
    private final PeopleAdministration service;
    private final StaffAccounts staffAccounts;

    AdminStaffController(CurrentUsers identity, Accounts accounts, PeopleApi people, PeopleAdministration service, StaffAccounts staffAccounts) {
        this.staffAccounts = staffAccounts;
        this.identity = identity;
        this.accounts = accounts;
        this.people = people;
        this.service = service;
    }

    @GetMapping("/admin/staff")
    String list(@RequestParam(required = false) String query, @RequestParam(defaultValue = "0") int page, Model model) {
        CurrentUser user = identity.require();
        var result = service.staffInOrganisation(user.organisationId(), query, Math.max(0, page),
                PeoplePagesController.PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("accounts", accounts.byStaffIds(result.items().stream().map(StaffView::id).toList()));
        model.addAttribute("query", query == null ? "" : query);
        return "admin/staff";
    }

    @GetMapping("/admin/staff/new")
    String newStaff(Model model) {
        return page(model, null, StaffForm.empty(), 0, FormErrors.NONE);
    }

    @PostMapping("/admin/staff")
    String create(@ModelAttribute StaffForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        Optional<StaffId> id = Forms.attempt(binding, () -> service.createStaff(identity.require(), form));
        if (id.isEmpty()) {
            return page(model, null, form, 0, FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Staff member added.");
        return "redirect:/admin/staff/" + id.get();
    }

    @GetMapping("/admin/staff/{staffId}")
    String edit(@PathVariable StaffId staffId, Model model) {
        StaffView staff = own(staffId);
        AccountSummary account = accounts.byStaff(staffId).orElse(null);
        StaffForm form = new StaffForm(staff.givenName(), staff.familyName(), nz(staff.email()), nz(staff.jobTitle()),
                account == null ? List.of() : account.roles().stream().map(Role::name).toList(),
                staff.teams().stream().map(t -> t.id().toString()).toList(), account == null ? "" : account.username(), "");
        return page(model, staff, form, staff.version(), FormErrors.NONE);
    }

    @PostMapping("/admin/staff/{staffId}")
    String update(@PathVariable StaffId staffId, @RequestParam long version, @ModelAttribute StaffForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        StaffView staff = own(staffId);
        if (!Forms.attempt(binding, () -> service.updateStaff(identity.require(), staffId, version, form))) {
            return page(model, staff, form, version, FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Staff member saved.");
        return "redirect:/admin/staff/" + staffId;
    }

    /** A leaver: the account stops signing in, and every device signed in to it is signed out. */
    @PostMapping("/admin/staff/{staffId}/account/disable")
    String disable(@PathVariable StaffId staffId, RedirectAttributes redirect) {
        staffAccounts.setEnabled(identity.require(), staffId, false);
        redirect.addFlashAttribute("flash", "The account is disabled. It cannot sign in, and every device signed in to it is signed out.");
        return "redirect:/admin/staff/" + staffId;
    }

    @PostMapping("/admin/staff/{staffId}/account/enable")
    String enable(@PathVariable StaffId staffId, RedirectAttributes redirect) {
        staffAccounts.setEnabled(identity.require(), staffId, true);
        redirect.addFlashAttribute("flash", "The account can sign in again.");
        return "redirect:/admin/staff/" + staffId;
    }

    private StaffView own(StaffId staffId) {
        CurrentUser user = identity.require();
        return people.staff(staffId).filter(s -> s.organisationId().equals(user.organisationId()))
                .orElseThrow(() -> new NotFoundException("Staff member"));
    }

    private String page(Model model, StaffView staff, StaffForm form, long version, FormErrors errors) {
        CurrentUser user = identity.require();
        model.addAttribute("staff", staff);
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        model.addAttribute("teams", people.teams(user.organisationId()));
        model.addAttribute("roleOptions", Role.STAFF_ROLES.stream().sorted().toList());
        // null: no account (or a new staff member); otherwise whether it may sign in
        model.addAttribute("accountEnabled", staff == null ? null : accounts.byStaff(staff.id()).map(AccountSummary::enabled).orElse(null));
        return "admin/staffForm";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
