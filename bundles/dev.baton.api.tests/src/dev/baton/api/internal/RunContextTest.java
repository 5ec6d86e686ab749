package dev.baton.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.baton.api.RunContext;

/** What the pieces of work of one run share, and that a plain context shares nothing. */
class RunContextTest {

	private static final RunContext PLAIN = RunContext.asOf(LocalDate.of(2026, 11, 28));

	@Test
	void aPlainContextComputesEveryTime() {
		AtomicInteger computed = new AtomicInteger();
		Object key = List.of("pack", this);
		Object first = PLAIN.shared().get(key, () -> new StringBuilder("v" + computed.incrementAndGet()));
		Object second = PLAIN.shared().get(key, () -> new StringBuilder("v" + computed.incrementAndGet()));
		assertNotSame(first, second);
		assertEquals(2, computed.get());
	}

	@Test
	void theWorkOfOneRunComputesOnceAndAnotherRunAgain() {
		RunContext run = PLAIN.sharing();
		assertEquals(PLAIN.asOf(), run.asOf());
		assertSame(PLAIN.monitor(), run.monitor());
		AtomicInteger computed = new AtomicInteger();
		Object key = List.of("pack", this);
		Object first = run.shared().get(key, () -> "v" + computed.incrementAndGet());
		assertSame(first, run.shared().get(List.of("pack", this), () -> "v" + computed.incrementAndGet()));
		assertEquals("v1", first);
		assertEquals("v2", run.shared().get(List.of("other"), () -> "v" + computed.incrementAndGet()));
		assertEquals("v3", PLAIN.sharing().shared().get(key, () -> "v" + computed.incrementAndGet()));
	}

	@Test
	void aFailedComputationIsNotStored() {
		RunContext run = PLAIN.sharing();
		assertThrows(RunContext.CancelledException.class, () -> run.shared().get("k", () -> {
			throw new RunContext.CancelledException();
		}));
		assertEquals("done", run.shared().get("k", () -> "done"));
	}
}
