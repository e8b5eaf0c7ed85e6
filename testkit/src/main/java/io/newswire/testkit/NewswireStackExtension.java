package io.newswire.testkit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Gives tests a running broker and schema registry, started once per test run (per JVM) and stopped at its end.
 * Inject it as a {@link NewswireStack} parameter (constructor, lifecycle or test method).
 *
 * <p>System property {@code newswire.stack} chooses: {@code embedded} (default: an in-process KRaft broker and an
 * Apicurio Registry child process) or {@code containers} ({@code apache/kafka} and
 * {@code confluentinc/cp-schema-registry} in Docker, through Testcontainers). Without Docker, container runs skip
 * themselves with the reason.
 */
public final class NewswireStackExtension implements ExecutionCondition, BeforeAllCallback, ParameterResolver {
    private static final Logger log = LoggerFactory.getLogger(NewswireStackExtension.class);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(NewswireStackExtension.class);
    public static final String KIND_PROPERTY = "newswire.stack";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!"containers".equals(kind())) {
            return ConditionEvaluationResult.enabled("embedded stack");
        }
        return ContainerNewswireStack.whyUnavailable()
                .map(reason -> ConditionEvaluationResult.disabled("Skipped (" + KIND_PROPERTY + "=containers): " + reason))
                .orElseGet(() -> ConditionEvaluationResult.enabled("Docker is available"));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        stack(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == NewswireStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return stack(context);
    }

    /** The stack of this run, for tests that need it outside parameter injection. */
    public static NewswireStack stack(ExtensionContext context) {
        String kind = kind();
        return switch (kind) {
            case "embedded" -> shared(context, "embedded", EmbeddedNewswireStack::start);
            case "containers" -> containers(context);
            default -> throw new IllegalArgumentException("Unknown " + KIND_PROPERTY + "=" + kind
                    + ": use embedded or containers");
        };
    }

    private static String kind() {
        return System.getProperty(KIND_PROPERTY, "embedded").trim().toLowerCase(Locale.ROOT);
    }

    /** The Docker stack, whatever {@code newswire.stack} says; aborts (skips) the test where Docker is missing. */
    public static NewswireStack containers(ExtensionContext context) {
        Optional<String> unavailable = ContainerNewswireStack.whyUnavailable();
        if (unavailable.isPresent()) {
            abort("Skipped: " + unavailable.get());
        }
        return shared(context, "containers", ContainerNewswireStack::start);
    }

    private static <T extends NewswireStack & AutoCloseable> NewswireStack shared(
            ExtensionContext context, String kind, java.util.function.Supplier<T> starter) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(kind, k -> {
            T stack = starter.get();
            log.info("Test stack ({}) ready in {} ms: bootstrap.servers={} schema.registry.url={}", kind,
                    stack.startupMillis(), stack.bootstrapServers(), stack.schemaRegistryUrl());
            return new StoredStack(stack);
        }, StoredStack.class).stack();
    }

    /** Closed by JUnit when the root context closes, at the end of the run. */
    private record StoredStack(NewswireStack stack) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            ((AutoCloseable) stack).close();
        }
    }
}
