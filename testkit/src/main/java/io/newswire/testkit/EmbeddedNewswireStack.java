package io.newswire.testkit;

import io.newswire.stack.LocalStack;
import io.newswire.stack.ScratchFolder;


/** The in-process KRaft broker and an Apicurio child process, on free loopback ports, data in a temporary folder. */
final class EmbeddedNewswireStack implements NewswireStack, AutoCloseable {
    private final ScratchFolder data;
    private final LocalStack stack;

    private EmbeddedNewswireStack(ScratchFolder data, LocalStack stack) {
        this.data = data;
        this.stack = stack;
    }

    static EmbeddedNewswireStack start() {
        ScratchFolder data = ScratchFolder.create("newswire-test-stack-");
        return new EmbeddedNewswireStack(data, LocalStack.start(LocalStack.Settings.forTests(data.path())));
    }

    @Override
    public String bootstrapServers() {
        return stack.bootstrapServers();
    }

    @Override
    public String schemaRegistryUrl() {
        return stack.schemaRegistryUrl();
    }

    @Override
    public String kind() {
        return "embedded";
    }

    @Override
    public void stopBroker() {
        stack.broker().stop();
    }

    @Override
    public void startBroker() {
        stack.broker().restart();
    }

    @Override
    public boolean canRestartBroker() {
        return true;
    }

    @Override
    public long startupMillis() {
        return stack.startupTime().toMillis();
    }

    @Override
    public void close() {
        try {
            stack.close();
        } finally {
            data.close();
        }
    }
}
