package tandem.recovery.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link PlanContext} parameter: the page is for a worker on the person's care team and exists
 * only at {@code /people/{personId}/plan}; at the person's own address it answers 404.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@interface WorkerOnly {
}
