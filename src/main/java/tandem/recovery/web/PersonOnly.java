package tandem.recovery.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link PlanContext} parameter: the page is the person's own (their words, their choices) and
 * exists only at {@code /me/plan}; at a care team's address it answers 404.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@interface PersonOnly {
}
