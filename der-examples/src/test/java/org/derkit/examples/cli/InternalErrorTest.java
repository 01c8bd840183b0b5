package org.derkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Exit 70: an OutOfMemoryError or an unexpected throwable is one line on stderr, never a stack trace. */
class InternalErrorTest {

    /** A command that throws what it is given. */
    private static Command throwing(Supplier<Throwable> what) {
        return new Command() {
            @Override
            public String name() {
                return "boom";
            }

            @Override
            public String summary() {
                return "throws";
            }

            @Override
            public String help() {
                return "throws\n";
            }

            @Override
            public int run(List<String> args, PrintStream out, PrintStream err) {
                out.print("partial");
                Throwable t = what.get();
                if (t instanceof Error) {
                    throw (Error) t;
                }
                throw (RuntimeException) t;
            }
        };
    }

    private static String[] run(Supplier<Throwable> what, int[] code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        code[0] = new Derkit(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8), List.of(throwing(what))).run(List.of("boom", "a.x12"));
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void should_exit_70_with_one_line_naming_the_heap_to_try_when_memory_runs_out() {
        int[] code = new int[1];
        String[] io = run(() -> new OutOfMemoryError("Java heap space"), code);
        assertEquals(ExitCode.INTERNAL, code[0]);
        assertEquals(70, code[0]);
        String err = io[1];
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("derkit boom: out of memory (Java heap space, heap limit "), err);
        assertTrue(err.contains("MB); try a larger heap: JAVA_TOOL_OPTIONS=-Xmx" + Derkit.suggestedHeapMb()
                + "m ./derkit boom a.x12"), err);
    }

    @Test
    void should_exit_70_with_one_line_and_no_stack_trace_when_a_command_throws_something_unexpected() {
        int[] code = new int[1];
        String[] io = run(() -> new IllegalStateException("cannot\nhappen"), code);
        assertEquals(ExitCode.INTERNAL, code[0]);
        String err = io[1];
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("derkit boom: internal error: java.lang.IllegalStateException: cannot\\nhappen at "),
                err);
        assertTrue(err.endsWith("; please report it with the command line\n"), err);
    }

    @Test
    void should_list_exit_70_in_the_usage_text() {
        assertTrue(new Derkit(System.out, System.err).usage().contains(" 70 internal error"));
    }
}
