package tandem.community.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tandem.community.GroupRole;

/** Mutual-help groups and their members (account ids and roles only). */
@Repository
class GroupStore {

    /** An account's membership of a group: {@code role} is null for a member with no role. */
    record MembershipRow(GroupRole role) {
    }

    /** How many members of a group have taken on one role. */
    record RoleCountRow(GroupRole role, int members) {
    }

    private final JdbcClient jdbc;

    GroupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<GroupRow> all() {
        return jdbc.sql("SELECT * FROM community_group ORDER BY name").query(GroupStore::row).list();
    }

    Optional<GroupRow> find(UUID id) {
        return jdbc.sql("SELECT * FROM community_group WHERE id = :id").param("id", id).query(GroupStore::row).optional();
    }

    boolean nameTaken(UUID organisationId, String name, UUID except) {
        return jdbc.sql("SELECT count(*) FROM community_group WHERE organisation_id = :org AND lower(name) = lower(:name) "
                + "AND id <> :except").param("org", organisationId).param("name", name)
                .param("except", except == null ? new UUID(0, 0) : except).query(Integer.class).single() > 0;
    }

    void insert(GroupRow g, String by) {
        jdbc.sql("""
                INSERT INTO community_group (id, organisation_id, name, purpose, who_for, facilitator, place, online_url,
                    accessibility, weekday, starts_at, minutes, every_weeks, first_meeting, last_meeting, created_by)
                VALUES (:id, :org, :name, :purpose, :whoFor, :facilitator, :place, :online, :access, :weekday, :starts,
                    :minutes, :every, :first, :last, :by)
                """).params(params(g)).param("org", g.organisationId()).param("by", by).update();
    }

    boolean update(GroupRow g, long expectedVersion) {
        return jdbc.sql("""
                UPDATE community_group SET name = :name, purpose = :purpose, who_for = :whoFor, facilitator = :facilitator,
                    place = :place, online_url = :online, accessibility = :access, weekday = :weekday, starts_at = :starts,
                    minutes = :minutes, every_weeks = :every, first_meeting = :first, last_meeting = :last,
                    updated_at = now(), version = version + 1
                WHERE id = :id AND version = :version
                """).params(params(g)).param("version", expectedVersion).update() == 1;
    }

    private static Map<String, Object> params(GroupRow g) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("id", g.id());
        p.put("name", g.name());
        p.put("purpose", g.purpose());
        p.put("whoFor", g.whoFor());
        p.put("facilitator", g.facilitator());
        p.put("place", g.place());
        p.put("online", g.onlineUrl());
        p.put("access", g.accessibility());
        p.put("weekday", g.weekday());
        p.put("starts", Time.valueOf(g.startsAt()));
        p.put("minutes", g.minutes());
        p.put("every", g.everyWeeks());
        p.put("first", g.firstMeeting());
        p.put("last", g.lastMeeting());
        return p;
    }

    /** Joins, or changes the member's role when they are already a member. */
    void join(UUID group, UUID account, GroupRole role) {
        jdbc.sql("INSERT INTO community_group_member (group_id, account_id, role) VALUES (:g, :a, :r) "
                + "ON CONFLICT (group_id, account_id) DO UPDATE SET role = EXCLUDED.role")
                .param("g", group).param("a", account).param("r", role == null ? null : role.name()).update();
    }

    boolean leave(UUID group, UUID account) {
        return jdbc.sql("DELETE FROM community_group_member WHERE group_id = :g AND account_id = :a")
                .param("g", group).param("a", account).update() == 1;
    }

    /** The account's membership of the group, if they are a member. */
    Optional<MembershipRow> membership(UUID group, UUID account) {
        return jdbc.sql("SELECT role FROM community_group_member WHERE group_id = :g AND account_id = :a")
                .param("g", group).param("a", account)
                .query((rs, n) -> new MembershipRow(role(rs.getString("role")))).optional();
    }

    int members(UUID group) {
        return jdbc.sql("SELECT count(*) FROM community_group_member WHERE group_id = :g").param("g", group)
                .query(Integer.class).single();
    }

    /** The roles members have taken on, with how many members took each; roles nobody took are left out. */
    List<RoleCountRow> rolesTaken(UUID group) {
        return jdbc.sql("SELECT role, count(*) AS n FROM community_group_member WHERE group_id = :g AND role IS NOT NULL "
                + "GROUP BY role").param("g", group)
                .query((rs, n) -> new RoleCountRow(GroupRole.valueOf(rs.getString("role")), rs.getInt("n"))).list();
    }

    private static GroupRole role(String name) {
        return name == null ? null : GroupRole.valueOf(name);
    }

    private static GroupRow row(ResultSet rs, int n) throws SQLException {
        java.sql.Date last = rs.getDate("last_meeting");
        return new GroupRow(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class), rs.getString("name"),
                rs.getString("purpose"), rs.getString("who_for"), rs.getString("facilitator"), rs.getString("place"),
                rs.getString("online_url"), rs.getString("accessibility"), rs.getInt("weekday"),
                rs.getTime("starts_at").toLocalTime(), rs.getInt("minutes"), rs.getInt("every_weeks"),
                rs.getDate("first_meeting").toLocalDate(), last == null ? null : last.toLocalDate(), rs.getLong("version"));
    }
}
