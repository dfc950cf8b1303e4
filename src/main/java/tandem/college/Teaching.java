package tandem.college;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import tandem.identity.CurrentUser;

/** Trainers' courses and the registers of their sessions. */
public interface Teaching {

    record Register(Views.Course course, Views.Session session, List<Views.RegisterLine> lines) {
    }

    /** Courses the caller trains on (all of the organisation's for the college administrator). */
    List<Views.Course> teaching(CurrentUser user);

    Register register(CurrentUser user, UUID sessionId);

    /** Marks a session: every enrolled student present, absent or sent apologies. */
    void mark(CurrentUser user, UUID sessionId, Map<String, String> marks);
}
