package tandem.people.web;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The small forms of the people pages, as records; the people module checks the rest. */
final class PeopleForms {

    private PeopleForms() {
    }

    /** A new site of the organisation. */
    record SiteForm(@NotBlank(message = "{people.site.name.required}") @Size(max = 200, message = "{people.site.name.long}") String siteName) {
    }

    /** A new team and the site it works from. */
    record TeamForm(@NotBlank(message = "{people.team.name.required}") @Size(max = 200, message = "{people.team.name.long}") String teamName,
            @NotBlank(message = "{people.team.site.required}") String siteId) {
    }

    /** A person joins a team's caseload from a date. */
    record CaseloadForm(@NotBlank(message = "{people.caseload.team.required}") String teamId,
            @NotBlank(message = "{people.caseload.from.required}") String from) {
    }

    /** A caseload membership ends on a date. */
    record CaseloadEndForm(@NotBlank(message = "{people.caseload.to.required}") String to) {
    }

    /** A supporter linked to a person: an existing supporter account, or a new one. */
    record SupporterForm(String username, String password,
            @NotBlank(message = "{people.supporter.relationship.required}") @Size(max = 100, message = "{people.supporter.relationship.long}") String relationship,
            List<String> shares) {

        SupporterForm {
            shares = shares == null ? List.of() : List.copyOf(shares);
        }
    }

    /** The reason for emergency access. */
    record EmergencyForm(@NotBlank(message = "{people.emergency.reason.required}") String reason) {
    }

    /** A sharing or research choice, with the confirmation the page asks for. */
    record ChoiceForm(String choice, String confirm) {
    }

    /** The e-mail address an invitation to Tandem goes to (the page's form and the API's body). */
    record InviteForm(@NotBlank(message = "{people.invite.email.required}") @Size(max = 254, message = "{people.invite.email.long}")
            @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{people.invite.email.format}") String email) {
    }
}
