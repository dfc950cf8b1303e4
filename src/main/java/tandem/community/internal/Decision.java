package tandem.community.internal;

/** A moderator's decision on a waiting story, stored by name in the moderation history. */
enum Decision {
    PUBLISH,
    RETURN
}
