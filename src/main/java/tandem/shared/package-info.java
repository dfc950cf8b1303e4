/**
 * Shared kernel: typed ids, clock, paging, problem+json errors, web and database helpers.
 * Open to every module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package tandem.shared;
