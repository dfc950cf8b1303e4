/**
 * Community: peer-led mutual-help groups and their meetings, a stories library whose authors stay
 * in control (moderated by peers, withdrawn at once), and the resources library of the references
 * the seed cites. Its public pages need no sign-in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Community")
package tandem.community;
