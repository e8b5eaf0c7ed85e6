package io.newswire.testkit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the annotated test class only where a Docker engine and Docker Compose v2 are available; elsewhere it is
 * reported skipped, with the reason.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresDockerCompose.Condition.class)
public @interface RequiresDockerCompose {

    /** The JUnit condition behind the annotation. */
    final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return DockerAvailability.whyComposeUnavailable()
                    .map(reason -> ConditionEvaluationResult.disabled("Skipped: " + reason))
                    .orElseGet(() -> ConditionEvaluationResult.enabled("Docker and Docker Compose are available"));
        }
    }
}
