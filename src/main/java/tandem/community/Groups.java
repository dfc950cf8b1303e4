package tandem.community;

import java.util.List;
import java.util.UUID;

import tandem.identity.CurrentUser;

/**
 * Peer-led mutual-help groups: a public directory, meetings in the organisation's time zone,
 * joining and leaving, and roles members can take on. Members' names are never shown to anyone;
 * the joining link of an online group is shown to its members only.
 */
public interface Groups {

    /** How many of a group's next meetings are listed. */
    int UPCOMING = 4;

    /**
     * Every group, by name, as {@code viewer} may see it. Anyone, signed in or not ({@code viewer}
     * null): the online link is filled in only for the viewer's own groups. Refuses nothing.
     */
    List<Group> directory(CurrentUser viewer);

    /**
     * The groups an administrator looks after: their own organisation's. Administrators only
     * ({@code ForbiddenException} otherwise).
     */
    List<Group> administered(CurrentUser admin);

    /**
     * One group as {@code viewer} may see it (null when not signed in; the online link for members
     * only). Anyone; an unknown group is {@code NotFoundException}.
     */
    Group group(CurrentUser viewer, UUID id);

    /**
     * Joins the group, or changes the member's role when they are a member already; {@code role} is
     * a {@link GroupRole} name, or blank for no role. Any signed-in user. Refuses an unknown group
     * ({@code NotFoundException}), a role not in the list ({@code InvalidInputException} on "role")
     * and a group that has stopped meeting ({@code ConflictException} on "group"). Audited, but not
     * on the person's record: that would tie them to a group whose members are never named.
     */
    void join(CurrentUser user, UUID id, String role);

    /**
     * Leaves the group. Any signed-in user; an unknown group, or one they are not a member of, is
     * {@code NotFoundException}. Audited like joining.
     */
    void leave(CurrentUser user, UUID id);

    /**
     * Adds a group to the administrator's organisation and answers its id. Administrators only
     * ({@code ForbiddenException}); every problem with the form, a name another group of the
     * organisation has and an administrator outside any organisation among them, is reported
     * together ({@code InvalidInputException}). Audited.
     */
    UUID create(CurrentUser admin, GroupForm form);

    /**
     * Saves the administrator's changes to the version of the group they opened. Administrators
     * only ({@code ForbiddenException}); a group of another organisation is {@code NotFoundException};
     * the form is checked as in {@link #create}; a version someone else has changed since is
     * {@code ConflictException} on "version". Audited.
     */
    void update(CurrentUser admin, UUID id, GroupForm form);

    /**
     * The group as the administrator's form shows it, with its current version. Administrators only
     * ({@code ForbiddenException}); a group of another organisation is {@code NotFoundException}.
     */
    GroupForm form(CurrentUser admin, UUID id);
}
