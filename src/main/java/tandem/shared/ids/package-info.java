/** Typed ids shared by every module: people, staff, accounts and the organisation's structure. */
package tandem.shared.ids;
