/**
 * Identity: accounts, sign-in, second factor, roles, the current user, and the web shell
 * (layout, navigation and the home page each role lands on).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package tandem.identity;
