package tandem.college.internal;

import org.springframework.context.ApplicationContext;

/** Lets the college's tests send the pending notifications now, without opening the notifier to the rest of the code. */
public final class NotifierAccess {

    private NotifierAccess() {
    }

    /** Sends what is due; returns how many were sent. */
    public static int sendPending(ApplicationContext context) {
        return context.getBean(Notifier.class).sendPending();
    }
}
