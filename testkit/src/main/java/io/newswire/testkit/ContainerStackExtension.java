package io.newswire.testkit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the Docker stack ({@code apache/kafka} and {@code confluentinc/cp-schema-registry}) whatever
 * {@code newswire.stack} says; the whole class is skipped, with the reason, where no Docker engine is reachable.
 */
public final class ContainerStackExtension implements ExecutionCondition, BeforeAllCallback, ParameterResolver {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return ContainerNewswireStack.whyUnavailable()
                .map(reason -> ConditionEvaluationResult.disabled("Skipped: " + reason))
                .orElseGet(() -> ConditionEvaluationResult.enabled("Docker is available"));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        NewswireStackExtension.containers(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == NewswireStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return NewswireStackExtension.containers(context);
    }
}
